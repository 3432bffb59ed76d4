package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.model.GovernanceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPublisherTest {

    @TempDir
    Path target;

    @Test
    void publishesEveryFormatAndReturnsTheIndex() throws Exception {
        Path output = target.resolve("modelops");

        Path index = ReportPublisher.withStandardWriters().publish(GovernanceResults.standard(), output);

        assertThat(index).isEqualTo(output.toAbsolutePath().resolve("index.html")).isRegularFile();
        assertThat(files(output)).containsExactly(
                "attestation/retail-credit-models.intoto.json",
                "bom/churn-predictor.cdx.json", "bom/credit-scoring.cdx.json", "bom/fraud-detector.cdx.json",
                "cards/churn-predictor.html", "cards/churn-predictor.pdf", "cards/credit-scoring.html",
                "cards/credit-scoring.pdf", "cards/fraud-detector.html", "cards/fraud-detector.pdf",
                "compliance-report.pdf", "index.html",
                "junit/TEST-modelops.churn-predictor.xml", "junit/TEST-modelops.credit-scoring.xml",
                "junit/TEST-modelops.fraud-detector.xml",
                "modelops.css", "modelops.sarif", "results.json", "rules.html");
        assertThat(siblings()).containsExactly("modelops");
    }

    @Test
    void replacesThePreviousReportEntirely() throws Exception {
        Path output = target.resolve("modelops");
        Files.createDirectories(output.resolve("cards"));
        Files.writeString(output.resolve("cards/retired-model.html"), "from an earlier run");

        ReportPublisher.withStandardWriters().publish(GovernanceResults.standard(), output);

        assertThat(output.resolve("cards/retired-model.html")).doesNotExist();
        assertThat(output.resolve("cards/credit-scoring.html")).exists();
        assertThat(siblings()).containsExactly("modelops");
    }

    @Test
    void aFailingWriterLeavesThePreviousReportUntouchedAndNoStagingBehind() throws Exception {
        Path output = target.resolve("modelops");
        ReportPublisher.withStandardWriters().publish(GovernanceResults.standard(), output);
        Map<String, byte[]> before = contents(output);

        ReportPublisher failing = new ReportPublisher(List.of(new HtmlReportWriter(), new JsonResultsWriter(),
                new FailingWriter(new IOException("disk full"))));
        GovernanceResult changed = GovernanceResults.standardBuilder().project("Another project").build();

        assertThatThrownBy(() -> failing.publish(changed, output))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Cannot write the failing report: disk full")
                .hasMessageContaining("previous report in " + output.toAbsolutePath() + " is unchanged");
        assertThat(contents(output)).containsExactlyEntriesOf(before);
        assertThat(siblings()).containsExactly("modelops");
    }

    @Test
    void aWriterThatCrashesIsCleanedUpAfterToo() throws Exception {
        Path output = target.resolve("modelops");
        ReportPublisher.withStandardWriters().publish(GovernanceResults.standard(), output);
        Map<String, byte[]> before = contents(output);

        ReportPublisher crashing = new ReportPublisher(List.of(new JsonResultsWriter(),
                new FailingWriter(new IllegalStateException("bug in a writer"))));

        assertThatThrownBy(() -> crashing.publish(GovernanceResults.standard(), output))
                .isInstanceOf(IllegalStateException.class).hasMessage("bug in a writer");
        assertThat(contents(output)).containsExactlyEntriesOf(before);
        assertThat(siblings()).containsExactly("modelops");
    }

    @Test
    void aFirstRunThatFailsLeavesNothingBehind() throws Exception {
        Path output = target.resolve("modelops");
        ReportPublisher failing = new ReportPublisher(List.of(new JsonResultsWriter(),
                new FailingWriter(new IOException("disk full"))));

        assertThatThrownBy(() -> failing.publish(GovernanceResults.standard(), output)).isInstanceOf(IOException.class);
        assertThat(siblings()).isEmpty();
    }

    @Test
    void leftoversOfAnInterruptedRunAreRemovedFirst() throws Exception {
        Path output = target.resolve("modelops");
        Files.createDirectories(target.resolve(".modelops-staging/cards"));
        Files.writeString(target.resolve(".modelops-staging/cards/half-written.html"), "<html");
        Files.createDirectories(target.resolve(".modelops-previous"));

        ReportPublisher.withStandardWriters().publish(GovernanceResults.standard(), output);

        assertThat(siblings()).containsExactly("modelops");
        assertThat(output.resolve("cards/half-written.html")).doesNotExist();
    }

    @Test
    void writersSeeAnEmptyStagingDirectoryNextToTheOutput() throws Exception {
        Path output = target.resolve("modelops");
        Path[] seen = new Path[1];
        ReportWriter probe = new ReportWriter() {
            @Override
            public String name() {
                return "probe";
            }

            @Override
            public void write(GovernanceResult result, Path outputDirectory) throws IOException {
                seen[0] = outputDirectory;
                try (Stream<Path> files = Files.list(outputDirectory)) {
                    assertThat(files).isEmpty();
                }
            }
        };

        new ReportPublisher(List.of(probe)).publish(GovernanceResults.standard(), output);

        assertThat(seen[0]).isEqualTo(target.toAbsolutePath().resolve(".modelops-staging"));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> children = Files.list(target)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (String file : files(root)) {
            contents.put(file, Files.readAllBytes(root.resolve(file)));
        }
        return contents;
    }

    /** A writer that writes a file and then fails, as a full disk or a bug would. */
    private static final class FailingWriter implements ReportWriter {
        private final Exception failure;

        FailingWriter(Exception failure) {
            this.failure = failure;
        }

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public void write(GovernanceResult result, Path outputDirectory) throws IOException {
            Files.writeString(outputDirectory.resolve("partial.txt"), "half");
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure;
        }
    }
}
