package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path target;

    @Test
    void twoRunsOnTheSameResultWriteIdenticalBytes() throws Exception {
        GovernanceResult result = GovernanceResults.standard();

        Map<String, byte[]> first = publish(result, "first");
        Map<String, byte[]> second = publish(result, "second");

        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void theOrderInWhichEarlierStagesProducedModelsAndFindingsDoesNotMatter() throws Exception {
        GovernanceResults shuffled = GovernanceResults.standardBuilder();
        Collections.shuffle(shuffled.models(), new Random(7));
        Collections.shuffle(shuffled.findings(), new Random(11));

        Map<String, byte[]> ordered = publish(GovernanceResults.standard(), "ordered");
        Map<String, byte[]> other = publish(shuffled.build(), "shuffled");

        ordered.forEach((file, bytes) -> assertThat(other.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void theCatalogueTheFrameworkResultsAndTheNewCardSectionsAreByteIdenticalAcrossRunsAndInputOrders() throws Exception {
        GovernanceResult result = ModelCardRecordsTest.recorded().build();
        GovernanceResults shuffled = ModelCardRecordsTest.recorded();
        Collections.shuffle(shuffled.models(), new Random(5));
        Collections.shuffle(shuffled.findings(), new Random(13));

        Map<String, byte[]> first = publish(result, "records-first");
        Map<String, byte[]> second = publish(result, "records-second");
        Map<String, byte[]> other = publish(shuffled.build(), "records-shuffled");

        assertThat(first).containsKeys("rules.html", "index.html", "results.json", "cards/credit-scoring.html");
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
        first.forEach((file, bytes) -> assertThat(other.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void theMachinesLocaleAndTimeZoneDoNotMatter() throws Exception {
        Map<String, byte[]> reference = publish(GovernanceResults.standard(), "reference");
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            Map<String, byte[]> german = publish(GovernanceResults.standard(), "german");
            reference.forEach((file, bytes) -> assertThat(german.get(file)).as(file).isEqualTo(bytes));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void manyModelsRenderedInParallelComeOutTheSameAsOnOneThread() throws Exception {
        GovernanceResult result = GovernanceResults.many(120);

        Map<String, byte[]> parallel = publishWith(new HtmlReportWriter(4), result, "parallel");
        Map<String, byte[]> sequential = publishWith(new HtmlReportWriter(1), result, "sequential");

        assertThat(parallel).as("120 cards, index, catalogue, style sheet").hasSize(123);
        parallel.forEach((file, bytes) -> assertThat(sequential.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void everyTextFileUsesUnixLineEndings() throws Exception {
        Map<String, byte[]> files = publish(GovernanceResults.standard(), "endings");

        files.forEach((file, bytes) -> {
            if (!file.endsWith(".pdf")) {
                assertThat(new String(bytes, StandardCharsets.UTF_8)).as(file).doesNotContain("\r");
            }
        });
    }

    @Test
    void modelIdsThatCannotNameAFileAreRefusedBeforeAnythingIsWritten() {
        GovernanceResults results = GovernanceResults.standardBuilder();
        List<GovernedModel> models = new ArrayList<>(results.models());
        results.editMetadata("fraud-detector", m -> new dev.modelops.model.ModelMetadata("../escape", m.name(),
                m.version(), m.type(), m.task(), m.description(), m.license(), m.people(), m.riskTier(), m.status(),
                m.intendedUse(), m.outOfScopeUses(), m.limitations(), m.ethicalConsiderations(), m.datasets(),
                m.artifact(), m.approvals(), m.monitoring(), m.extensions()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publish(results.build(), "escape"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../escape' cannot name a report file");
        assertThat(target.resolve("escape")).doesNotExist();
        assertThat(target.resolve(".escape-staging")).doesNotExist();
        assertThat(models).hasSize(3);
    }

    private Map<String, byte[]> publish(GovernanceResult result, String name) throws Exception {
        Path output = target.resolve(name);
        ReportPublisher.withStandardWriters().publish(result, output);
        return ReportPublisherTest.contents(output);
    }

    private Map<String, byte[]> publishWith(HtmlReportWriter writer, GovernanceResult result, String name)
            throws Exception {
        Path output = target.resolve(name);
        new ReportPublisher(List.of(writer)).publish(result, output);
        return ReportPublisherTest.contents(output);
    }
}
