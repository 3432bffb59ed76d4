package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.MetricResult;
import dev.modelops.pipeline.SampleProject;
import dev.modelops.render.pdf.PdfChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample project's PDFs, as its build writes them: PDF/A-3 by veraPDF, and the text a reader would see: each
 * model's name, its metrics and its findings. Conformance alone proves nothing (a PDF whose text was dropped
 * passes it), so every file is read as text too.
 */
class SampleReportPdfTest {

    private static final Path OUT = Path.of("target", "sample-pdf-report");
    private static SampleProject.Reports reports;

    @BeforeAll
    static void checkTheSampleProject() throws Exception {
        reports = SampleProject.check(OUT.toAbsolutePath(), true);
        assertThat(reports.models()).hasSize(5);
    }

    @Test
    void eachModulesComplianceReportIsPdfA3AndNamesEveryModelAndEveryFindingThatIsNotAPass() throws Exception {
        for (SampleProject.Checked module : reports.modules()) {
            complianceReportNamesEveryModelAndFinding(module.outputDirectory(), module.outcome().result());
        }
    }

    private static void complianceReportNamesEveryModelAndFinding(Path out, GovernanceResult result) throws Exception {
        byte[] pdf = Files.readAllBytes(out.resolve(PdfReportWriter.REPORT_FILE));

        PdfChecks.Conformance conformance = PdfChecks.conformance(pdf);
        assertThat(conformance.failures()).isEmpty();
        assertThat(conformance.flavour()).isEqualTo("3a");
        String text = PdfChecks.flatText(pdf);
        assertThat(text).contains("Model governance report", result.projectName(), "Model inventory",
                "Example Bank · Model Risk Management");
        String compact = PdfChecks.compact(text);
        for (GovernedModel model : result.models()) {
            assertThat(compact).contains(PdfChecks.compact(model.metadata().name()), model.metadata().version());
        }
        for (Finding finding : result.findings()) {
            if (finding.status() == FindingStatus.FAILED || finding.status() == FindingStatus.WAIVED) {
                assertThat(compact).as("finding " + finding.ruleId() + " on " + finding.modelId())
                        .contains(finding.ruleId());
            }
        }
    }

    @Test
    void everyModelCardIsPdfA3AndCarriesTheModelsNameMetricsAndFindings() throws Exception {
        for (GovernedModel model : reports.models()) {
            GovernanceResult result = reports.moduleOf(model.id()).outcome().result();
            byte[] pdf = Files.readAllBytes(reports.card(model.id(), "pdf"));

            PdfChecks.Conformance conformance = PdfChecks.conformance(pdf);
            assertThat(conformance.failures()).as(model.id()).isEmpty();
            assertThat(conformance.flavour()).isEqualTo("3a");
            String text = PdfChecks.compactText(pdf);
            assertThat(text).as(model.id()).contains(PdfChecks.compact(model.metadata().name()), model.id(),
                    "Metrics", "Findings");
            Set<String> metrics = new LinkedHashSet<>();
            model.evaluations().forEach(evaluation -> metrics.add(evaluation.metric()));
            assertThat(metrics).as(model.id() + " has metrics").isNotEmpty();
            for (String metric : metrics) {
                assertThat(text).as(model.id() + " metric " + metric).contains(metric);
            }
            MetricResult first = model.evaluations().get(0);
            assertThat(text).as(model.id() + " value of " + first.metric())
                    .contains(Formats.metricValue(first.value(), first.threshold()));
            for (Finding finding : result.findings()) {
                if (finding.modelId().equals(model.id()) && finding.status() != FindingStatus.PASSED
                        && finding.status() != FindingStatus.NOT_APPLICABLE) {
                    assertThat(text).as(model.id() + " finding " + finding.ruleId()).contains(finding.ruleId());
                }
            }
        }
    }

    @Test
    void theSampleHasFindingsToShow() {
        List<Finding> findings = reports.modules().stream()
                .flatMap(module -> module.outcome().result().findings().stream()).toList();
        assertThat(findings).filteredOn(f -> f.status() == FindingStatus.FAILED).isNotEmpty();
        assertThat(findings).filteredOn(f -> f.status() == FindingStatus.WAIVED).isNotEmpty();
    }
}
