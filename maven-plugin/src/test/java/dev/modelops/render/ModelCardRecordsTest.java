package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernedModel;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model card's governance records, acceptance criteria, budgets, monitoring results and baseline comparison. */
class ModelCardRecordsTest {

    @TempDir
    Path out;

    /** credit-scoring with every governance record, monitoring results, a baseline and a lineage dataset's status. */
    static GovernanceResults recorded() {
        return GovernanceResults.frameworks()
                .editMetadata("credit-scoring", GovernanceResults::withGovernanceRecords)
                .editModel("credit-scoring", GovernanceResults::withMonitoringAndBaseline)
                .editModel("credit-scoring", ModelCardRecordsTest::withLineageStatus);
    }

    private Xml card(GovernanceResults results, String model) throws Exception {
        new HtmlReportWriter(1).write(results.build(), out);
        return Xml.parse(out.resolve("cards/" + model + ".html"));
    }

    @Test
    void detailsDatasetsAndApprovalsShowTheNewFields() throws Exception {
        Xml card = card(recorded(), "credit-scoring");

        assertThat(card.texts("//h:section[@id='details']//h:div[@class='detail']"))
                .contains("Vendor Acme Scoring Ltd", "Vendor product RiskScore 7", "Vendor contract CTR-2025-118");
        assertThat(card.texts("//h:section[@id='factors']/h:div[@class='details']//h:div[@class='detail']"))
                .containsExactly("Affects people yes", "Protected attributes age_band, sex");
        assertThat(card.text("//h:section[@id='training-data']//h:div[@class='dataset'][1]//h:div[h:dt='Datasheet']/h:dd"))
                .isEqualTo("docs/datasheets/loan-applications.md");
        assertThat(card.texts("//h:section[@id='details']/h:h3[.='References']/following-sibling::h:div[1]//h:div"))
                .contains("Impact assessment DPIA-2026-031 (Ethics board, 2026-08-20)",
                        "Datasheet docs/datasheets/loan-applications.md (Loan applications 2019-2024)");
        assertThat(card.text("//h:section[@id='approvals']//h:tbody/h:tr[1]/h:td[last()]"))
                .isEqualTo(GovernanceResults.HASH_C);
        assertThat(card.texts("//h:tr[@id='lineage-dataset-1']/*"))
                .containsExactly("loan-applications-2024q4", "Loan applications", "jdbc:postgresql://lake/loans",
                        "Credit Data Office", "internal", "personal", "contract", "yes", "deprecated", "2024-12-31",
                        GovernanceResults.HASH_B);
        assertThat(card.texts("//h:tr[@id='lineage-dataset-2']/h:td[position() >= 6 and position() <= 8]"))
                .as("not declared: no legal basis, masking unknown, active").containsExactly("\u2014", "\u2014", "active");
    }

    @Test
    void governanceRecordsHaveTheirOwnSection() throws Exception {
        Xml card = card(recorded(), "credit-scoring");

        assertThat(card.texts("//h:nav[@class='toc']//h:a/@href")).contains("#governance");
        String section = "//h:section[@id='governance']";
        assertThat(card.texts(section + "/h:h3")).containsExactly("EU AI Act classification", "Risk register",
                "Human oversight", "Cybersecurity", "Logging", "Change log", "Impact assessment");
        assertThat(card.texts(section + "/h:h3[.='EU AI Act classification']/following-sibling::h:div[1]//h:div"))
                .containsExactly("Risk class high-risk", "Annex III point 5(b)", "Role provider");
        assertThat(card.texts(section + "//h:table[@class='risks']/h:tbody/h:tr")).containsExactly(
                "R-1 Score drifts for thin-file applicants high Monthly PSI review; fallback to the scorecard Dana Whitfield mitigated",
                "R-2 Proxy discrimination through postcode medium \u2014 Priya Raman open");
        assertThat(card.text(section + "/h:h3[.='Human oversight']/following-sibling::h:div[1]"))
                .isEqualTo("Underwriters review every decline before it is sent.");
        assertThat(card.text(section + "/h:h3[.='Cybersecurity']/following-sibling::h:div[1]"))
                .isEqualTo("Model endpoint behind the bank's API gateway with mutual TLS.");
        assertThat(card.texts(section + "/h:h3[.='Logging']/following-sibling::h:div[1]//h:div"))
                .containsExactly("Events recorded score request, override", "Retention 2555 days",
                        "Description Scores and overrides go to the audit store.");
        assertThat(card.texts(section + "//h:table[@class='change-log']/h:tbody/h:tr")).containsExactly(
                "3.1.0 2026-03-02 production Added bureau attributes.", "3.2.0 2026-09-14 \u2014 Retrained on 2024 data.");
        assertThat(card.texts(section + "/h:h3[.='Impact assessment']/following-sibling::h:div[1]//h:div"))
                .containsExactly("Date 2026-08-20", "By Ethics board", "Reference DPIA-2026-031",
                        "Summary No disparate impact above the bank's tolerance.");
    }

    @Test
    void aModelWithoutGovernanceRecordsSaysSoSectionBySection() throws Exception {
        Xml card = card(recorded(), "fraud-detector");

        assertThat(card.texts("//h:section[@id='governance']//h:p[@class='missing']")).containsExactly(
                "No EU AI Act classification recorded.", "No risk register recorded.",
                "No human-oversight measure recorded.", "No cybersecurity measure recorded.", "No logging policy recorded.",
                "No change log recorded.", "No impact assessment recorded.");
        assertThat(card.texts("//h:section[@id='metrics']//h:p[@class='missing']"))
                .containsExactly("No acceptance criterion declared.", "No resource budget declared.");
        assertThat(card.text("//h:section[@id='metrics']//h:p[contains(@class, 'baseline-summary')]"))
                .isEqualTo("No baseline declared: the results are not compared with a previously approved version.");
        assertThat(card.text("//h:section[@id='monitoring']//h:p[contains(@class, 'monitoring-summary')]"))
                .isEqualTo("No monitoring result recorded.");
        assertThat(card.count("//h:section[@id='monitoring']//h:table")).isZero();
    }

    @Test
    void monitoringResultsAreShownLikeTheMetrics() throws Exception {
        Xml card = card(recorded(), "credit-scoring");

        assertThat(card.text("//h:section[@id='monitoring']//h:p[contains(@class, 'monitoring-summary')]"))
                .isEqualTo("2 results measured in use, 1 threshold breached");
        String table = "//h:section[@id='monitoring']//h:table[@class='metrics']";
        assertThat(card.texts(table + "/h:thead/h:tr/h:th")).containsExactly("Metric", "Slice", "Value",
                "Confidence interval", "Threshold", "Result", "Examples", "Dataset", "Date", "Source");
        assertThat(card.texts(table + "/h:tbody/h:tr")).containsExactly(
                "auc overall 0.798 \u2014 \u2265 0.75 met 48210 production-2026-10 2026-10-31 "
                        + "src/main/models/credit-scoring/monitoring/2026-10.json:5",
                "psi overall 0.27 \u2014 \u2264 0.25 breached \u2014 production-2026-10 2026-10-31 "
                        + "src/main/models/credit-scoring/monitoring/2026-10.json:9");
    }

    @Test
    void metricsShowTheBaselineAndTheExactSignedChange() throws Exception {
        Xml card = card(recorded(), "credit-scoring");

        String section = "//h:section[@id='metrics']";
        assertThat(card.texts(section + "/h:h3")).containsExactly("Results per slice", "Change across versions and in use",
                "Baseline", "Acceptance criteria", "Resource budgets");
        assertThat(card.texts(section + "/h:div[@class='details']//h:div")).containsExactly("Version 3.1.0",
                "Approved 2026-03-02", "Evaluation files baseline/holdout-2026q1.json");
        assertThat(card.text(section + "//h:p[contains(@class, 'baseline-summary')]"))
                .isEqualTo("4 baseline results; 3 of 6 current results compared (same metric and slice).");
        String table = section + "//h:table[@class='metrics']";
        assertThat(card.texts(table + "/h:thead/h:tr/h:th")).containsExactly("Metric", "Slice", "Value",
                "Confidence interval", "Threshold", "Result", "Examples", "Baseline", "Change", "Dataset", "Date", "Source");
        String change = "/h:td[8]";
        assertThat(card.text(table + "/h:tbody/h:tr[1]/h:td[7]"))
                .as("the baseline result of the same dataset, not the first of the same metric").isEqualTo("0.803");
        assertThat(card.text(table + "/h:tbody/h:tr[1]" + change)).isEqualTo("+0.009 better");
        assertThat(card.text(table + "/h:tbody/h:tr[2]" + change)).as("a slice against the same slice")
                .isEqualTo("-0.01001 worse");
        assertThat(card.text(table + "/h:tbody/h:tr[3]" + change)).as("a maximum: higher is worse")
                .isEqualTo("+0.01 worse");
        assertThat(card.texts(table + "/h:tbody/h:tr[position() > 3]" + change))
                .as("no baseline result of that metric").containsOnly("\u2014");
        assertThat(card.text(table + "/h:tbody/h:tr[3]" + change + "/h:span[2]/@class")).isEqualTo("badge badge-fail");
    }

    @Test
    void aChangeWithoutAOneSidedThresholdHasNoDirection() throws Exception {
        GovernanceResults results = recorded().editModel("credit-scoring", m -> new GovernedModel(m.metadata(),
                m.evaluations(), m.lineage(), m.metadataFile(), m.inputs(), m.fieldLocations(), m.monitoringResults(),
                List.of(new dev.modelops.model.MetricResult("psi", 0.0312345, null, null, null, "monitoring-2026-04",
                        null, null))));
        Xml card = card(results, "credit-scoring");

        String row = "//h:section[@id='metrics']//h:table[@class='metrics']/h:tbody/h:tr[h:th='psi']";
        assertThat(card.text(row + "/h:td[8]")).isEqualTo("0");
        assertThat(card.count(row + "/h:td[8]//h:span[contains(@class, 'badge')]")).isZero();
    }

    @Test
    void acceptanceCriteriaAndBudgetsSitWithTheMetrics() throws Exception {
        Xml card = card(recorded(), "credit-scoring");

        assertThat(card.texts("//h:table[@class='acceptance-criteria']/h:tbody/h:tr")).containsExactly(
                "auc \u2265 0.75 2026-06-01 Below 0.75 the scorecard it replaces ranks better.",
                "false_positive_rate \u2264 0.1 \u2014 \u2014");
        assertThat(card.texts("//h:table[@class='budgets']/h:tbody/h:tr")).containsExactly(
                "95th-percentile latency (latency_p95_ms) \u2264 250 ms 180 ms within budget performance.json:4",
                "Peak memory (memory_mb) \u2264 512 MiB 640.5 MiB over budget performance.json:7",
                "Artifact size (artifact_size_mb) \u2264 100 MiB \u2014 not measured \u2014");
        assertThat(card.texts("//h:table[@class='budgets']//h:code/@title")).containsExactly(
                "src/main/models/credit-scoring/evaluations/performance.json:4",
                "src/main/models/credit-scoring/evaluations/performance.json:7", "\u2014");
    }

    private static GovernedModel withLineageStatus(GovernedModel model) {
        Lineage lineage = model.lineage();
        LineageDataset first = lineage.datasets().get(0);
        List<LineageDataset> datasets = new java.util.ArrayList<>(lineage.datasets());
        datasets.set(0, new LineageDataset(first.id(), first.name(), first.source(), first.owner(), first.license(),
                first.pii(), first.version(), first.sha256(), first.description(), "deprecated", "contract", true));
        return new GovernedModel(model.metadata(), model.evaluations(), new Lineage(datasets, lineage.jobs(), lineage.edges()),
                model.metadataFile(), model.inputs(), model.fieldLocations(), model.monitoringResults(),
                model.baselineEvaluations());
    }
}
