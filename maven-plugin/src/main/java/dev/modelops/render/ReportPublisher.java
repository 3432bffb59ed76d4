package dev.modelops.render;

import dev.modelops.model.GovernanceResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a run's reports all at once or not at all. Every writer writes into a fresh staging directory
 * next to the output directory ({@code target/.modelops-staging} for {@code target/modelops}); only when all of
 * them succeeded does the staging directory replace the output directory. When a writer fails, the staging
 * directory is deleted and the previous report stays exactly as it was: a reader never finds a half-written
 * report, nor a report mixing two runs.
 *
 * <p>The staging and the swap are {@link StagedPublication}'s, which the inventory reports share.
 */
public final class ReportPublisher {

    private final List<ReportWriter> writers;

    public ReportPublisher(List<ReportWriter> writers) {
        if (writers.isEmpty()) {
            throw new IllegalArgumentException("A report publisher needs at least one writer");
        }
        this.writers = List.copyOf(writers);
    }

    /**
     * HTML and PDF model cards and compliance report, {@code results.json}, JUnit XML, one CycloneDX ML-BOM per
     * model and the SARIF log, with the shipped templates.
     */
    public static ReportPublisher withStandardWriters() {
        return withStandardWriters(ReportOptions.defaults());
    }

    /** The standard writers with {@code options}: the PDF writer only when {@link ReportOptions#pdf()}. */
    public static ReportPublisher withStandardWriters(ReportOptions options) {
        int threads = Runtime.getRuntime().availableProcessors();
        HtmlReportWriter html = new HtmlReportWriter(threads, options);
        List<ReportWriter> writers = new ArrayList<>(List.of(html, new JsonResultsWriter(), new JunitXmlWriter(),
                new CycloneDxBomWriter(), new SarifWriter(options.sourcePrefix()),
                new AttestationWriter(options.signingKey())));
        if (options.pdf()) {
            writers.add(new PdfReportWriter(html, threads));
        }
        return new ReportPublisher(writers);
    }

    public List<ReportWriter> writers() {
        return writers;
    }

    /**
     * Writes every report of {@code result} and replaces {@code outputDirectory} with them.
     *
     * @return {@code outputDirectory/index.html}, the entry page of the report
     * @throws IOException when a writer or the swap failed; {@code outputDirectory} is then as it was before
     */
    public Path publish(GovernanceResult result, Path outputDirectory) throws IOException {
        return publish(result, outputDirectory, List.of());
    }

    /**
     * Writes every report of {@code result}, then runs {@code after} (each sees the reports already in the staging
     * directory: a record of the run, such as its digest and the files written), and replaces
     * {@code outputDirectory} with all of them at once: what {@code after} writes is there exactly when the
     * reports are.
     */
    public Path publish(GovernanceResult result, Path outputDirectory, List<ReportWriter> after) throws IOException {
        List<ReportWriter> all = new ArrayList<>(writers);
        all.addAll(after);
        Path target = StagedPublication.publish(outputDirectory, staging -> {
            for (ReportWriter writer : all) {
                try {
                    writer.write(result, staging);
                } catch (IOException e) {
                    throw new IOException("Cannot write the " + writer.name() + " report: " + e.getMessage()
                            + "; the previous report in " + outputDirectory.toAbsolutePath().normalize()
                            + " is unchanged", e);
                }
            }
        });
        return target.resolve(HtmlReportWriter.INDEX_FILE);
    }

    static void deleteTree(Path root) throws IOException {
        StagedPublication.deleteTree(root);
    }
}
