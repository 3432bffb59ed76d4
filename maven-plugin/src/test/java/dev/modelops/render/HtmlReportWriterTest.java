package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.AcceptanceCriterion;
import dev.modelops.model.Approval;
import dev.modelops.model.Baseline;
import dev.modelops.model.Change;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.Enforcement;
import dev.modelops.model.EuAiActClassification;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.ImpactAssessment;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LoggingPolicy;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.Person;
import dev.modelops.model.Reference;
import dev.modelops.model.Risk;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.RulePack;
import dev.modelops.model.Severity;
import dev.modelops.model.Vendor;
import dev.modelops.model.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class HtmlReportWriterTest {

    private static final HtmlReportWriter WRITER = new HtmlReportWriter();
    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path out;

    @Test
    void writesTheIndexOneCardPerModelAndTheStyleSheet() throws Exception {
        WRITER.write(GovernanceResults.standard(), out);

        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("modelops.css")).hasContent(HtmlReportWriter.styleSheet());
        try (Stream<Path> cards = Files.list(out.resolve("cards"))) {
            assertThat(cards.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("churn-predictor.html", "credit-scoring.html", "fraud-detector.html");
        }
    }

    @Test
    void indexSummarizesTheVerdictAndCounts() throws Exception {
        Xml index = writeIndex(GovernanceResults.standard());

        assertThat(index.text("//h:html/@lang")).isEqualTo("en");
        assertThat(index.text("//h:header")).contains("Retail credit models", "2026-11-01 00:00:00 UTC",
                "Fails on high and above", "Project verdict", "FAILED", "2 blocking violations in 2 of 3 models",
                "2 warnings");
        assertThat(index.texts("//h:dl[@class='stats']/h:div"))
                .containsExactly("models 3", "rules 4", "blocking violations 2", "warnings 2", "checks passed 6",
                        "not applicable 2");
        assertThat(index.texts("//h:section[@id='summary']//h:table[h:caption='Violations by severity']/h:tbody/h:tr"))
                .containsExactly("critical 1 blocks release", "high 1 blocks release", "medium 1 warning",
                        "low 1 warning", "info 0 warning");
        assertThat(index.texts("//h:section[@id='summary']//h:table[h:caption='Findings by status']/h:tbody/h:tr/h:td[1]"))
                .containsExactly("6", "3", "1", "2", "0");
        assertThat(index.texts("//h:ul[@class='blocking-models']/h:li"))
                .containsExactly("credit-scoring Retail credit default scorer (1 blocking violation)",
                        "fraud-detector Card fraud detector (1 blocking violation)");
    }

    @Test
    void indexListsTheInventorySortedByIdWithLinksToCards() throws Exception {
        Xml index = writeIndex(GovernanceResults.standard());

        String rows = "//h:section[@id='inventory']//h:tbody/h:tr";
        assertThat(index.texts(rows + "/h:th")).containsExactly("churn-predictor", "credit-scoring", "fraud-detector");
        assertThat(index.texts(rows + "/h:th/h:a/@href"))
                .containsExactly("cards/churn-predictor.html", "cards/credit-scoring.html", "cards/fraud-detector.html");
        assertThat(index.text(rows + "[2]"))
                .isEqualTo("credit-scoring Retail credit default scorer 3.2.0 classifier high production "
                        + "Dana Whitfield 1 1 FAILED");
        assertThat(index.text(rows + "[3]"))
                .as("absent values show a dash").isEqualTo("fraud-detector Card fraud detector 0.9.0 \u2014 critical "
                        + "development \u2014 1 1 FAILED");
        assertThat(index.text(rows + "[1]/h:td[last()]")).isEqualTo("PASSED");
    }

    /** The rules table of the index: one row per rule, one column per model, the table keeping the id {@code matrix}. */
    static final String RESULTS = "//h:section[@id='rules']//h:table[@id='matrix']";

    /** The result cells of one model's column, in rule order, found by the column's heading. */
    static String modelCells(String modelId) {
        return RESULTS + "/h:tbody/h:tr[@class='rule-row']/*[position() = count(" + RESULTS
                + "/h:thead/h:tr/h:th[.='" + modelId + "']/preceding-sibling::h:th) + 1]";
    }

    @Test
    void indexShowsEachRuleWithEveryModelsResult() throws Exception {
        Xml index = writeIndex(GovernanceResults.standard());

        assertThat(index.texts(RESULTS + "/h:tbody/h:tr[@class='rule-row']/h:th"))
                .containsExactly("owner-declared", "approval-recorded", "metrics-meet-thresholds", "fairness-reviewed");
        assertThat(index.texts(RESULTS + "/h:thead/h:tr/h:th"))
                .containsExactly("Rule", "Title", "Severity", "Enforcement", "churn-predictor", "credit-scoring",
                        "fraud-detector", "Violations");
        assertThat(index.texts(RESULTS + "/h:thead/h:tr/h:th/@scope")).containsOnly("col");
        assertThat(index.texts(RESULTS + "/h:thead/h:tr/h:th/h:a/@href"))
                .containsExactly("cards/churn-predictor.html", "cards/credit-scoring.html", "cards/fraud-detector.html");
        assertThat(index.texts("//h:tr[@id='rule-owner-declared']/*"))
                .as("parameters, references and file are in the rule catalogue")
                .containsExactly("owner-declared", "Every model has an owner", "high", "fail", "passed", "passed",
                        "failed high", "1");
        assertThat(index.text("//h:tr[@id='rule-owner-declared']/h:th/@scope")).isEqualTo("row");

        assertThat(index.texts(modelCells("fraud-detector")))
                .containsExactly("failed high", "passed", "error medium", "n/a");
        assertThat(index.texts(modelCells("credit-scoring")))
                .containsExactly("passed", "failed critical", "passed", "failed low");
        assertThat(index.texts(modelCells("credit-scoring") + "/@class"))
                .as("a blocking violation and a warning look different")
                .containsExactly("cell cell-pass", "cell cell-fail", "cell cell-pass", "cell cell-warn");
        assertThat(index.texts(modelCells("fraud-detector") + "/@class"))
                .containsExactly("cell cell-fail", "cell cell-pass", "cell cell-warn", "cell cell-na");
        assertThat(index.text("//h:tr[@id='rule-approval-recorded']/h:td[contains(@class, 'cell')][2]/@title"))
                .isEqualTo("credit-scoring: failed, critical");
        assertThat(index.texts(RESULTS + "/h:tbody/h:tr[@class='rule-row']/h:td[last()]"))
                .containsExactly("1", "1", "1", "1");
        assertThat(index.text(RESULTS + "/h:caption")).contains("red", "amber", "purple", "waived", "rule catalogue");
        for (String href : index.texts("//h:nav[@class='toc']//h:a/@href")) {
            assertThat(index.count("//*[@id='" + href.substring(1) + "']")).as(href).isEqualTo(1);
        }
        assertThat(index.count("//*[@id='matrix']")).as("old links to #matrix still land").isEqualTo(1);
    }

    @Test
    void indexGroupsTheRulesByPackInPackOrderWithAColumnForEveryModel() throws Exception {
        Xml index = writeIndex(GovernanceResults.frameworks().build());

        assertThat(index.texts(RESULTS + "/h:tbody/h:tr[@class='pack-row']/h:th")).containsExactly(
                "Pack core 1.1.0: Documentation completeness and basic evidence 2 rules \u00b7 2 violations",
                "Pack eu-ai-act 1.0.0: EU AI Act obligations of providers 3 rules \u00b7 1 violation");
        assertThat(index.texts(RESULTS + "/h:tbody/h:tr[@class='pack-row']/h:th/@scope")).containsOnly("rowgroup");
        assertThat(index.texts(RESULTS + "/h:tbody/h:tr[@class='pack-row']/h:th/@colspan")).containsOnly("8");
        assertThat(index.texts(RESULTS + "/h:tbody/h:tr[@class='pack-row']/h:th/h:a/@href"))
                .containsExactly("rules.html#pack-1", "rules.html#pack-2");
        assertThat(index.texts(RESULTS + "/h:tbody[2]/h:tr[@class='rule-row']/h:th")).containsExactly(
                "eu-ai-act.risk-management", "eu-ai-act.data-bias-examined", "eu-ai-act.supplier-documented");
        assertThat(index.count(RESULTS + "/h:tbody/h:tr[@class='rule-row']")).isEqualTo(5);
        assertThat(index.texts(RESULTS + "/h:thead/h:tr/h:th[@class='model-col']"))
                .containsExactly("churn-predictor", "credit-scoring", "fraud-detector");
        for (String row : index.texts(RESULTS + "/h:tbody/h:tr[@class='rule-row']/@id")) {
            assertThat(index.count("//h:tr[@id='" + row + "']/h:td[contains(@class, 'cell')]")).as(row).isEqualTo(3);
        }

        Xml one = writeIndex(GovernanceResults.builder()
                .rule("owner-declared", "Every model has an owner", Severity.HIGH, "/people")
                .model(GovernanceResults.churnPredictor())
                .finding("churn-predictor", "owner-declared", FindingStatus.PASSED, null)
                .build());
        assertThat(one.texts(RESULTS + "/h:thead/h:tr/h:th[@class='model-col']")).containsExactly("churn-predictor");
        assertThat(one.texts(RESULTS + "/h:tbody/h:tr[@class='pack-row']/h:th/@colspan")).containsExactly("6");
        assertThat(one.texts("//h:tr[@id='rule-owner-declared']/*"))
                .containsExactly("owner-declared", "Every model has an owner", "high", "fail", "passed", "0");

        Xml thirty = writeIndex(GovernanceResults.many(30));
        assertThat(thirty.count(RESULTS + "/h:thead/h:tr/h:th[@class='model-col']")).isEqualTo(30);
        assertThat(thirty.count(RESULTS + "/h:tbody/h:tr[@class='rule-row'][1]/h:td[contains(@class, 'cell')]"))
                .isEqualTo(30);
    }

    @Test
    void indexShowsEachRulesEnforcementAndMarksAuditViolations() throws Exception {
        Xml index = writeIndex(GovernanceResults.standardBuilder()
                .enforce("approval-recorded", Enforcement.AUDIT)
                .enforce("owner-declared", Enforcement.WARN,
                        new RuleParameter("maxAgeDays", RuleParameter.Type.INTEGER, 180L, null))
                .build());

        assertThat(index.text("//h:tr[@id='rule-owner-declared']/h:td[3]")).isEqualTo("warn");
        assertThat(index.text("//h:tr[@id='rule-owner-declared']")).doesNotContain("maxAgeDays");
        assertThat(index.text("//h:tr[@id='rule-approval-recorded']/h:td[3]")).isEqualTo("audit");
        String rows = "//h:section[@id='violations']//h:tbody/h:tr";
        assertThat(index.text(rows + "[1]")).contains("approval-recorded", "audit only").doesNotContain("blocks release");
        Xml rules = Xml.parse(out.resolve(HtmlReportWriter.RULES_FILE));
        assertThat(rules.texts("//h:article[@id='rule-owner-declared']//h:table[contains(@class, 'parameters')]/h:tbody/h:tr"))
                .as("the parameters in force are in the rule catalogue").containsExactly("maxAgeDays integer 180 \u2014");
    }

    @Test
    void indexListsEveryViolationWithRuleModelMessageAndLocation() throws Exception {
        Xml index = writeIndex(GovernanceResults.standard());

        String rows = "//h:section[@id='violations']//h:tbody/h:tr";
        assertThat(index.count(rows)).isEqualTo(4);
        assertThat(index.text(rows + "[1]"))
                .contains("approval-recorded", "A validator approved the model", "critical", "failed", "blocks release",
                        "credit-scoring", "The latest approval of credit-scoring is 'conditional', expected 'approved'",
                        "src/main/models/credit-scoring/model.yaml:24");
        assertThat(index.text(rows + "[4]"))
                .contains("metrics-meet-thresholds", "medium", "error", "warning", "fraud-detector",
                        "No such key: threshold (CEL evaluation error)", "src/main/models/fraud-detector/model.yaml");
        assertThat(index.text(rows + "[4]/h:td/h:a/@href")).isEqualTo("cards/fraud-detector.html");
    }

    @Test
    void indexSaysSoWhenNothingIsViolated() throws Exception {
        GovernanceResults results = GovernanceResults.builder();
        results.rule("owner-declared", "Every model has an owner", dev.modelops.model.Severity.HIGH, "/people")
                .model(GovernanceResults.churnPredictor())
                .finding("churn-predictor", "owner-declared", dev.modelops.model.FindingStatus.PASSED, null);
        Xml index = writeIndex(results.build());

        assertThat(index.text("//h:header")).contains("PASSED", "0 blocking violations", "0 warnings");
        assertThat(index.text("//h:section[@id='violations']"))
                .contains("No violation: every applicable rule held for every model.");
        assertThat(index.text("//h:section[@id='summary']")).contains("No model blocks the release.");
    }

    @Test
    void cardShowsEverySectionOfTheMetadata() throws Exception {
        WRITER.write(GovernanceResults.standard(), out);
        Xml card = Xml.parse(out.resolve("cards/credit-scoring.html"));

        assertThat(card.text("//h:h1")).isEqualTo("Model card Retail credit default scorer");
        assertThat(card.text("//h:header")).contains("Model verdict", "FAILED", "1 blocking violation", "1 warning");
        String details = "//h:section[@id='details']/h:div[@class='details'][1]";
        assertThat(card.texts(details + "//h:div[@class='detail']"))
                .containsExactly("Id credit-scoring", "Name Retail credit default scorer", "Version 3.2.0",
                        "Type classifier", "Task binary-classification",
                        "Description Gradient-boosted trees estimating 12-month probability of default.",
                        "Licence proprietary", "Risk tier high", "Lifecycle status production",
                        "Metadata file src/main/models/credit-scoring/model.yaml");
        assertThat(card.texts(details + "//h:div[@class='detail missing']"))
                .as("fields of the later format, not declared by this model").containsExactly("Vendor None declared");
        assertThat(card.texts("//h:section[@id='details']/h:h3[.='Dates']/following-sibling::h:div[1]//h:div"))
                .containsExactly("Latest sign-off 2026-09-14 (Priya Raman, validator: conditional)",
                        "Evaluated 2026-09-01 to 2026-10-01");
        assertThat(card.texts("//h:section[@id='details']/h:h3[.='References']/following-sibling::h:div[1]//h:div"))
                .containsExactly("Code git+https://git.example.com/credit/scoring.git@9f1c2e7 (Train credit scorer)");
        assertThat(card.texts("//h:section[@id='people']//h:tbody/h:tr"))
                .containsExactly("Dana Whitfield owner dana.whitfield@example.com Retail Credit Risk",
                        "Sam Okafor developer sam.okafor@example.com Data Science",
                        "Priya Raman validator priya.raman@example.com Model Validation");
        assertThat(card.text("//h:section[@id='people']/parent::h:section/@id")).as("people are model details")
                .isEqualTo("details");
        assertThat(card.text("//h:section[@id='use']"))
                .contains("Rank consumer loan applications by default risk for underwriters.");
        assertThat(card.texts("//h:section[@id='use']//h:li")).containsExactly("Employment screening", "Insurance pricing");
        assertThat(card.texts("//h:section[@id='caveats']/h:h3[.='Limitations']/following-sibling::h:div[1]//h:li"))
                .containsExactly("Not validated for applicants with no credit history.");
        assertThat(card.texts("//h:section[@id='ethical-considerations']//h:li"))
                .containsExactly("Uses age band; fairness reviewed per protected attribute.");
        assertThat(card.texts("//h:section[@id='training-data']/h:div[@class='dataset']/h:h3"))
                .containsExactly("Loan applications 2019-2024");
        assertThat(card.texts("//h:section[@id='training-data']//h:div[@class='dataset']//h:dl/h:div"))
                .containsExactly("Role training", "Description Applications with 12-month outcome.",
                        "Datasheet Not stated", "Source jdbc:postgresql://lake/loans", "Snapshot 2024-12-31",
                        "Lineage record loan-applications-2024q4");
        assertThat(card.texts("//h:section[@id='evaluation-data']/h:div[@class='dataset']/h:h3"))
                .containsExactly("Holdout 2026 Q3");
        assertThat(card.texts("//h:section[@id='evaluation-data']//h:div[@class='dataset']//h:dl/h:div"))
                .containsExactly("Role test", "Description Not stated",
                        "Examples Not stated by any whole-dataset result",
                        "Evaluation results 2 results: auc; measured 2026-09-01", "Datasheet Not stated",
                        "Source s3://lake/holdout/2026q3", "Snapshot 2026-09-01", "Lineage record holdout-2026q3");
        assertThat(card.texts("//h:section[@id='training-data' or @id='evaluation-data']//h:a/@href"))
                .containsExactly("#lineage-dataset-2", "#lineage-dataset-1");
        assertThat(card.texts("//h:section[@id='artifact']//h:div[@class='detail']"))
                .containsExactly("Path artifacts/credit-scoring-3.2.0.onnx", "Format onnx",
                        "SHA-256 " + GovernanceResults.HASH_A);
        assertThat(card.texts("//h:section[@id='approvals']//h:tbody/h:tr"))
                .containsExactly("2026-09-14 Priya Raman validator conditional Approved subject to quarterly fairness monitoring. \u2014");
        assertThat(card.texts("//h:section[@id='monitoring']//h:div[@class='detail']"))
                .containsExactly("Review frequency P30D (every 30 days)", "Metrics watched auc, psi",
                        "Alerts go to Dana Whitfield", "Description Monthly drift and AUC review.");
    }

    @Test
    void cardShowsExtensionsAsSortedKeyValueRowsWithNestedPaths() throws Exception {
        WRITER.write(GovernanceResults.standard(), out);
        Xml card = Xml.parse(out.resolve("cards/credit-scoring.html"));

        assertThat(card.texts("//h:section[@id='extensions']//h:tbody/h:tr"))
                .containsExactly("businessLine Retail lending", "fairness.disparateImpact 0.84",
                        "fairness.groups[0] age_band", "fairness.groups[1] sex", "fairness.reviewedBy Ethics board",
                        "reviewCount 3");
    }

    @Test
    void cardShowsMetricsLineageFindingsAndEvidence() throws Exception {
        WRITER.write(GovernanceResults.standard(), out);
        Xml card = Xml.parse(out.resolve("cards/credit-scoring.html"));

        String metrics = "//h:section[@id='metrics']//h:tbody/h:tr";
        assertThat(card.text("//h:section[@id='metrics']/h:p")).isEqualTo("4 results, 1 threshold breached");
        assertThat(card.text(metrics + "[1]")).isEqualTo("auc overall 0.812 [0.801, 0.823] at 95% \u2265 0.75 met \u2014 "
                + "holdout-2026q3 2026-09-01 holdout-2026q3.json:5");
        assertThat(card.text(metrics + "[3]")).startsWith("false_positive_rate overall 0.08 \u2014 \u2264 0.1 met \u2014 oot-2026q2");
        assertThat(card.text(metrics + "[4]")).startsWith("psi overall 0.03123 \u2014 \u2014 no threshold");

        assertThat(card.texts("//h:tr[@id='lineage-dataset-1']/*"))
                .containsExactly("loan-applications-2024q4", "Loan applications", "jdbc:postgresql://lake/loans",
                        "Credit Data Office", "internal", "personal", "\u2014", "\u2014", "active", "2024-12-31",
                        GovernanceResults.HASH_B);
        assertThat(card.texts("//h:section[@id='lineage']//h:table[h:caption[starts-with(., 'The runs')]]/h:tbody/h:tr"))
                .containsExactly("train-2026q3 Train credit scorer training run-4812 Dana Whitfield "
                        + "git+https://git.example.com/credit/scoring.git@9f1c2e7");
        assertThat(card.texts("//h:section[@id='lineage']//h:table[h:caption[starts-with(., 'How data')]]/h:tbody/h:tr"))
                .containsExactly("loan-applications-2024q4 dataset train-2026q3 job",
                        "train-2026q3 job model-artifact model artifact");

        assertThat(card.text("//h:section[@id='findings']/h:p"))
                .isEqualTo("4 rules checked: 2 passed, 2 failed, 0 could not be evaluated, 0 not applicable");
        assertThat(card.texts("//h:section[@id='findings']//h:tbody/h:tr/h:th/h:a/h:code"))
                .containsExactly("owner-declared", "approval-recorded", "metrics-meet-thresholds", "fairness-reviewed");
        assertThat(card.text("//h:section[@id='findings']//h:tbody/h:tr[4]"))
                .contains("low", "failed", "warning", "No fairness review is recorded for credit-scoring",
                        "src/main/models/credit-scoring/model.yaml:15");

        assertThat(card.texts("//h:section[@id='evidence']//h:tbody/h:tr"))
                .containsExactly("src/main/models/credit-scoring/model.yaml model " + GovernanceResults.HASH_A,
                        "src/main/models/credit-scoring/evaluations/holdout-2026q3.json evaluation " + GovernanceResults.HASH_B,
                        "src/main/models/credit-scoring/evaluations/slices.csv evaluation " + GovernanceResults.HASH_C,
                        "src/main/models/credit-scoring/lineage.yaml lineage " + GovernanceResults.HASH_A);
    }

    @Test
    void aFailingValueNearItsThresholdIsNotRoundedIntoAPass() throws Exception {
        WRITER.write(GovernanceResults.standard(), out);
        Xml card = Xml.parse(out.resolve("cards/credit-scoring.html"));

        String row = "//h:section[@id='metrics']//h:tbody/h:tr[2]";
        assertThat(card.text(row + "/h:td[2]")).isEqualTo("0.74999");
        assertThat(card.text(row + "/h:td[4]")).isEqualTo("\u2265 0.75");
        assertThat(card.text(row + "/h:td[5]")).isEqualTo("breached");
        assertThat(card.text(row + "/h:td[1]")).isEqualTo("age_band=18-25");
    }

    @Test
    void aCardOfAModelThatDeclaresLittleSaysWhatIsMissing() throws Exception {
        WRITER.write(GovernanceResults.standard(), out);
        Xml card = Xml.parse(out.resolve("cards/fraud-detector.html"));

        assertThat(card.texts("//h:section[@id='details']/h:div[@class='details'][1]//h:div[@class='detail missing']/h:dt"))
                .containsExactly("Type", "Task", "Description", "Licence", "Vendor");
        assertThat(card.text("//h:section[@id='details']//h:div[@class='detail missing']/h:dd")).isEqualTo("Not stated");
        assertThat(card.texts("//h:section[@id='factors']/h:div[@class='details']//h:div[@class='detail missing']"))
                .containsExactly("Affects people Not stated", "Protected attributes None declared");
        assertThat(card.text("//h:section[@id='people']")).contains("No person declared.");
        assertThat(card.text("//h:section[@id='use']"))
                .contains("Not stated", "None declared.");
        assertThat(card.text("//h:section[@id='artifact']")).contains("No artifact declared.");
        assertThat(card.text("//h:section[@id='monitoring']")).contains("No monitoring plan declared.");
        assertThat(card.text("//h:section[@id='lineage']")).contains("No lineage declared.");
        assertThat(card.text("//h:section[@id='metrics']/h:p")).isEqualTo("No evaluation result recorded.");
        assertThat(card.count("//h:section[@id='metrics']//h:table")).isZero();
    }

    @Test
    void inputTextIsEscapedEverywhereAndNoScriptElementIsWrittenButTheInventorys() throws Exception {
        GovernanceResults results = GovernanceResults.standardBuilder()
                .project("Project " + SCRIPT)
                .editMetadata("credit-scoring", m -> withInjection(m))
                .message("credit-scoring", "approval-recorded", "Approval " + SCRIPT + " & \"quotes\" 'too'");
        WRITER.write(results.build(), out);

        assertNoScriptButTheInventorys(out);
        String card = Xml.read(out.resolve("cards/credit-scoring.html"));
        assertThat(card).contains("Gradient boosting &lt;script&gt;alert(1)&lt;/script&gt;",
                "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>",
                "Project &lt;script&gt;alert(1)&lt;/script&gt;",
                "Approval &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;");
        assertThat(Xml.read(out.resolve("index.html"))).contains("Approval &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Xml.parse(out.resolve("cards/credit-scoring.html"))
                .text("//h:section[@id='extensions']//h:tr[h:th='note']/h:td")).isEqualTo(SCRIPT);
    }

    @Test
    void inputTextIsEscapedOnTheCatalogueTheFrameworkResultsAndEveryNewCardSection() throws Exception {
        String x = SCRIPT;
        Rule rule = GovernanceResults.packRule("pack" + x, "rules/" + x + ".yaml", 3, "team.rule" + x, "Title " + x,
                Severity.HIGH, "when " + x, "pack when " + x, Enforcement.FAIL,
                List.of(new RuleParameter("limit" + x, RuleParameter.Type.STRING, "value " + x, "Described " + x)),
                new Reference("Framework " + x, "Clause " + x));
        GovernanceResults results = GovernanceResults.builder()
                .pack(new RulePack("pack" + x, "1.0.0" + x, "Pack title " + x, "Pack description " + x,
                        "rules/" + x + ".yaml", "sha " + x, List.of("core@1.1" + x), "pack when " + x, List.of(rule)))
                .rule(rule)
                .model(GovernanceResults.withMonitoringAndBaseline(GovernanceResults.creditScoring()))
                .editMetadata("credit-scoring", m -> injected(GovernanceResults.withGovernanceRecords(m)))
                .editModel("credit-scoring", HtmlReportWriterTest::injectedResults)
                .finding("credit-scoring", "team.rule" + x, FindingStatus.FAILED, "Message " + x)
                .waive("credit-scoring", "team.rule" + x, new Waiver("team.rule" + x, "credit-scoring", null,
                        "Justified " + x, "Approver " + x, null, "TICKET-" + x, java.time.LocalDate.of(2027, 1, 1),
                        null));
        WRITER.write(results.build(), out);

        assertNoScriptButTheInventorys(out);
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        String rules = Xml.read(out.resolve(HtmlReportWriter.RULES_FILE));
        for (String text : List.of("Pack title ", "Pack description ", "rules/", "sha ", "core@1.1", "pack when ",
                "when ", "team.rule", "Title ", "limit", "value ", "Described ", "Framework ", "Clause ", "TICKET-")) {
            assertThat(rules).as(text).contains(text + escaped);
        }
        String index = Xml.read(out.resolve("index.html"));
        assertThat(index).contains("Framework " + escaped, "Clause " + escaped, "team.rule" + escaped);
        String card = Xml.read(out.resolve("cards/credit-scoring.html"));
        for (String text : List.of("Vendor ", "Product ", "Contract ", "attribute ", "class ", "annex ", "role ",
                "criterion ", "rationale ", "risk ", "mitigation ", "owner ", "oversight ", "security ", "event ",
                "logging ", "change ", "status ", "impact by ", "DPIA ", "summary ", "baseline ", "baseline/",
                "datasheet ", "sha ", "monitored ", "production ", "legal basis ", "lineage status ")) {
            assertThat(card).as(text).contains(text + escaped);
        }
    }

    private static ModelMetadata injected(ModelMetadata m) {
        String x = SCRIPT;
        List<DatasetUse> datasets = List.of(new DatasetUse("Loans", "training", "loan-applications-2024q4", null,
                "datasheet " + x));
        List<Approval> approvals = List.of(new Approval("Priya Raman", "validator", null, "approved", null, "sha " + x));
        return new ModelMetadata(m.id(), m.name(), m.version(), m.type(), m.task(), m.description(), m.license(),
                m.people(), m.riskTier(), m.status(), m.intendedUse(), m.outOfScopeUses(), m.limitations(),
                m.ethicalConsiderations(), datasets, m.artifact(), approvals, m.monitoring(),
                new Vendor("Vendor " + x, "Product " + x, "Contract " + x), true, List.of("attribute " + x),
                new EuAiActClassification("class " + x, "annex " + x, "role " + x),
                List.of(new AcceptanceCriterion("criterion " + x, 0.5, null, null, "rationale " + x)),
                m.budgets(),
                List.of(new Risk("risk " + x, "risk " + x, "risk " + x, "mitigation " + x, "owner " + x, "status " + x)),
                List.of("oversight " + x), List.of("security " + x),
                new LoggingPolicy(List.of("event " + x), 30L, "logging " + x),
                List.of(new Change("change " + x, null, "status " + x, "change " + x)),
                new ImpactAssessment(null, "impact by " + x, "DPIA " + x, "summary " + x),
                new Baseline("baseline " + x, null, List.of("baseline/" + x)), m.extensions());
    }

    private static GovernedModel injectedResults(GovernedModel m) {
        String x = SCRIPT;
        LineageDataset first = m.lineage().datasets().get(0);
        Lineage lineage = new Lineage(List.of(new LineageDataset(first.id(), first.name(), first.source(), first.owner(),
                first.license(), first.pii(), first.version(), first.sha256(), null, "lineage status " + x,
                "legal basis " + x, false)), m.lineage().jobs(), m.lineage().edges());
        List<MetricResult> monitoring = List.of(new MetricResult("monitored " + x, 0.5, null, null, null,
                "production " + x, null, null));
        return new GovernedModel(m.metadata(), m.evaluations(), lineage, m.metadataFile(), m.inputs(),
                m.fieldLocations(), monitoring, m.baselineEvaluations());
    }

    @Test
    void controlCharactersInInputsCannotBreakTheDocument() throws Exception {
        GovernanceResults results = GovernanceResults.standardBuilder()
                .editMetadata("credit-scoring", m -> withDescription(m, "bell\u0007 and \u0000 nul\r\nline \uD800 lone"));
        WRITER.write(results.build(), out);

        Xml card = Xml.parse(out.resolve("cards/credit-scoring.html"));
        assertThat(card.text("//h:section[@id='details']//h:div[h:dt='Description']/h:dd"))
                .isEqualTo("bell\uFFFD and \uFFFD nul line \uFFFD lone");
    }

    @Test
    void everyPageIsWellFormedXhtmlWithOnlyRelativeOfflineLinks() throws Exception {
        for (Path root : writeEveryShape()) {
            assertWellFormedWithRelativeLinks(root);
        }
    }

    private static void assertWellFormedWithRelativeLinks(Path root) throws Exception {
        java.util.Map<Path, Xml> parsed = new java.util.HashMap<>();
        for (Path page : htmlFiles(root)) {
            Xml xml = Xml.parse(page);
            assertThat(xml.document().getDocumentElement().getNamespaceURI()).isEqualTo(Xml.XHTML);
            for (Node attribute : xml.nodes("//@href | //@src")) {
                String link = attribute.getNodeValue();
                assertThat(link).as(page + " links " + link).doesNotContain("://").doesNotStartWith("//");
                if (link.startsWith("data:")) {
                    assertThat(attribute.getNodeName()).as(page + ": only a picture is embedded").isEqualTo("src");
                    assertThat(link).as(page + " embeds " + link)
                            .matches("data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}");
                } else if (link.startsWith("#")) {
                    assertThat(xml.count("//*[@id='" + link.substring(1) + "']")).as(page + " anchor " + link).isEqualTo(1);
                } else {
                    String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                    Path target = page.resolveSibling(file).normalize();
                    assertThat(target).as(page + " links " + link).exists();
                    if (link.contains("#") && file.endsWith(".html")) {
                        Xml linked = parsed.containsKey(target) ? parsed.get(target) : Xml.parse(target);
                        parsed.put(target, linked);
                        assertThat(linked.count("//*[@id='" + link.substring(link.indexOf('#') + 1) + "']"))
                                .as(page + " anchor " + link).isEqualTo(1);
                    }
                }
            }
            assertThat(xml.text("//h:link[@rel='stylesheet']/@href"))
                    .isEqualTo(page.getParent().equals(root) ? "modelops.css" : "../modelops.css");
        }
    }

    /**
     * The standard result, the framework result with every governance record, monitoring and a baseline, the
     * standard result with documentation, pictures and reading warnings imported from other tools, and a model with
     * datasets of every role, sliced results and prose for the card's sections next to a model with nothing filled in.
     */
    private List<Path> writeEveryShape() throws Exception {
        Path standard = Files.createDirectories(out.resolve("standard"));
        Path recorded = Files.createDirectories(out.resolve("recorded"));
        Path imported = Files.createDirectories(out.resolve("imported"));
        Path structured = Files.createDirectories(out.resolve("structured"));
        WRITER.write(GovernanceResults.standard(), standard);
        WRITER.write(ModelCardRecordsTest.recorded().build(), recorded);
        WRITER.write(ImportedDocumentationCardTest.imported().build(), imported);
        WRITER.write(GovernanceResults.builder().model(ModelCardStructureTest.documented())
                .model(ModelCardStructureTest.empty()).build(), structured);
        return List.of(standard, recorded, imported, structured);
    }

    @Test
    void pagesAreAccessible() throws Exception {
        writeEveryShape();

        for (Path page : htmlFiles(out)) {
            Xml xml = Xml.parse(page);
            assertThat(xml.text("/h:html/@lang")).isEqualTo("en");
            assertThat(xml.text("//h:title")).isNotBlank();
            assertThat(xml.count("//h:h1")).as(page + " has one h1").isEqualTo(1);
            assertThat(xml.count("//h:thead//h:th[not(@scope='col')]")).as(page + " column headers").isZero();
            assertThat(xml.count("//h:tbody//h:th[not(@scope='row' or @scope='rowgroup')]")).as(page + " row headers")
                    .isZero();
            assertThat(xml.count("//h:tbody//h:th[@scope='rowgroup'][not(parent::h:tr[not(preceding-sibling::h:tr)])]"))
                    .as(page + " a row-group header heads its tbody").isZero();
            assertThat(xml.count("//h:table[not(h:caption)]")).as(page + " tables have captions").isZero();
            List<Integer> levels = new ArrayList<>();
            for (Node heading : xml.nodes("//h:h1 | //h:h2 | //h:h3 | //h:h4 | //h:h5 | //h:h6")) {
                levels.add(Integer.parseInt(((Element) heading).getLocalName().substring(1)));
            }
            assertThat(levels.get(0)).isEqualTo(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as(page + " heading levels " + levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            for (Node badge : xml.nodes("//*[contains(concat(' ', @class, ' '), ' badge ')]")) {
                assertThat(badge.getTextContent()).as(page + ": a badge says what it means in words").isNotBlank();
            }
        }
    }

    @Test
    void thousandModelsGiveAThousandCards() throws Exception {
        // How fast is measured by the benchmarks (ReportBenchmark, GovernanceBenchmark), not asserted here.
        WRITER.write(GovernanceResults.many(1000), out);

        try (Stream<Path> cards = Files.list(out.resolve("cards"))) {
            assertThat(cards.count()).isEqualTo(1000);
        }
    }

    private Xml writeIndex(GovernanceResult result) throws Exception {
        WRITER.write(result, out);
        return Xml.parse(out.resolve("index.html"));
    }

    /**
     * No page has a script element but the compliance report, whose one inline script (the inventory's filter
     * and sorting, from the template) holds nothing of the inputs.
     */
    static void assertNoScriptButTheInventorys(Path out) throws Exception {
        for (Path page : htmlFiles(out)) {
            String html = Xml.read(page);
            boolean index = page.equals(out.resolve("index.html"));
            assertThat(html.toLowerCase(Locale.ROOT).split("<script", -1)).as(page.toString()).hasSize(index ? 2 : 1);
            assertThat(Xml.parse(page).count("//h:script")).as(page.toString()).isEqualTo(index ? 1 : 0);
            assertThat(Xml.parse(page).count("//h:script[@src]")).as(page.toString()).isZero();
        }
        assertThat(Xml.parse(out.resolve("index.html")).text("//h:script")).doesNotContain("alert");
    }

    static List<Path> htmlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static ModelMetadata withInjection(ModelMetadata m) {
        TreeMap<String, Object> extensions = new TreeMap<>(m.extensions());
        extensions.put("note", SCRIPT);
        List<Person> people = new ArrayList<>(m.people());
        people.add(new Person("Eve " + SCRIPT, "eve@example.com", "developer", null));
        return new ModelMetadata(m.id(), m.name(), m.version(), m.type(), m.task(), "Gradient boosting " + SCRIPT,
                m.license(), people, m.riskTier(), m.status(), m.intendedUse(), List.of(SCRIPT), m.limitations(),
                m.ethicalConsiderations(), m.datasets(), m.artifact(), m.approvals(), m.monitoring(), extensions);
    }

    private static ModelMetadata withDescription(ModelMetadata m, String description) {
        return new ModelMetadata(m.id(), m.name(), m.version(), m.type(), m.task(), description, m.license(),
                m.people(), m.riskTier(), m.status(), m.intendedUse(), m.outOfScopeUses(), m.limitations(),
                m.ethicalConsiderations(), m.datasets(), m.artifact(), m.approvals(), m.monitoring(), m.extensions());
    }
}
