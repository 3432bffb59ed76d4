package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.DatasetUse;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/**
 * The model card's structure: a governance panel, then the sections of "Model Cards for Model Reporting" (Mitchell
 * et al., 2019) in the Model Card Toolkit's order, then the governance record in full.
 */
class ModelCardStructureTest {

    /** The top-level sections of every card, in order; the fairness section of the charts goes after metrics. */
    static final List<String> SECTIONS = List.of("governance-panel", "details", "use", "factors", "metrics",
            "evaluation-data", "training-data", "quantitative-analyses", "ethical-considerations", "caveats",
            "documentation", "governance", "approvals", "monitoring", "lineage", "findings", "input-warnings",
            "extensions", "evidence");

    private static final String PANEL = "//h:section[@id='governance-panel']";

    @TempDir
    Path out;

    private Xml card(GovernanceResults results, String model) throws Exception {
        new HtmlReportWriter(1).write(results.build(), out);
        return Xml.parse(out.resolve("cards/" + model + ".html"));
    }

    @Test
    void sectionsFollowTheModelCardOrderUnderAGovernancePanelWithOneTableOfContentsEntryEach() throws Exception {
        Xml card = card(GovernanceResults.standardBuilder(), "credit-scoring");

        List<String> ids = card.texts("//h:main/h:section/@id");
        assertThat(ids.stream().filter(id -> !id.equals("fairness")).toList()).containsExactlyElementsOf(SECTIONS);
        assertThat(card.texts("//h:nav[@class='toc']//h:a/@href")).containsExactlyElementsOf(
                ids.stream().map(id -> "#" + id).toList());
        for (Node section : card.nodes("//h:main//h:section")) {
            String heading = section.getAttributes().getNamedItem("aria-labelledby").getNodeValue();
            assertThat(card.count("//*[@id='" + heading + "'][self::h:h2 or self::h:h3]")).as(heading).isEqualTo(1);
        }
    }

    @Test
    void governancePanelShowsRiskTierStatusOwnerValidatorSignOffsAndViolationsBySeverity() throws Exception {
        Xml card = card(GovernanceResults.standardBuilder(), "credit-scoring");

        assertThat(card.text(PANEL + "//h:p[@class='panel-verdict']"))
                .isEqualTo("Card verdict FAILED 1 blocking violation \u00b7 1 warning");
        assertThat(card.texts(PANEL + "/h:div[@class='details']//h:div")).containsExactly("Risk tier high",
                "Lifecycle status production", "Owner Dana Whitfield, Retail Credit Risk",
                "Validator Priya Raman, Model Validation");
        assertThat(card.texts(PANEL + "//h:table[contains(@class, 'panel-approvals')]/h:tbody/h:tr"))
                .containsExactly("2026-09-14 Priya Raman validator conditional");
        String severities = PANEL + "//h:table[contains(@class, 'panel-severities')]";
        assertThat(card.texts(severities + "/h:thead/h:tr/h:th"))
                .containsExactly("Findings", "critical", "high", "medium", "low", "info");
        assertThat(card.texts(severities + "/h:tbody/h:tr")).containsExactly("Violations 1 0 0 1 0",
                "Blocking the release 1 0 0 0 0", "Waived 0 0 0 0 0");
        assertThat(card.text(PANEL + "//h:p[@class='panel-note']"))
                .isEqualTo("2 violations of 4 rules checked, 1 blocks the release.");
        assertThat(card.text(PANEL + "//h:h3[.='Waivers']/following-sibling::h:p[1]")).isEqualTo("No waiver of this model.");
    }

    @Test
    void governancePanelListsTheModelsWaiversWithTheirExpiryAndWhatBecameOfThem() throws Exception {
        GovernanceResults results = GovernanceResults.frameworks()
                .unappliedWaiver(new Waiver("core.owner-present", "credit-scoring", "3.1.0", "Old version", "Ana Costa",
                        null, "MRM-F-2025-101", LocalDate.of(2026, 1, 31), null), WaiverState.EXPIRED)
                .unappliedWaiver(new Waiver("core.owner-present", "churn-predictor", null, "Not needed", "Ana Costa",
                        null, "MRM-F-2026-007", LocalDate.of(2027, 6, 30), null), WaiverState.UNUSED);
        Xml card = card(results, "credit-scoring");

        String waivers = PANEL + "//h:table[contains(@class, 'panel-waivers')]/h:tbody/h:tr";
        assertThat(card.texts(waivers)).as("the waivers of this model only, in file order").containsExactly(
                "MRM-F-2026-044 eu-ai-act.data-bias-examined every version 2027-03-31 applied",
                "MRM-F-2025-101 core.owner-present 3.1.0 2026-01-31 expired");
        assertThat(card.texts(waivers + "/h:td[1]/h:a/@href")).containsExactly(
                "../rules.html#rule-eu-ai-act.data-bias-examined", "../rules.html#rule-core.owner-present");
        assertThat(card.text(PANEL + "//h:p[@class='section-summary' or @class='panel-note']"))
                .isEqualTo("1 violation of 5 rules checked, 1 blocks the release; 1 waived.");
        assertThat(card.text(PANEL + "//h:p[@class='panel-verdict']")).endsWith("\u00b7 1 waived");
        Xml churn = Xml.parse(out.resolve("cards/churn-predictor.html"));
        assertThat(churn.texts(PANEL + "//h:table[contains(@class, 'panel-waivers')]/h:tbody/h:tr"))
                .containsExactly("MRM-F-2026-007 core.owner-present every version 2027-06-30 unused");
        assertThat(card.texts("//h:section[@id='evidence']//h:tbody/h:tr")).as("the file the waivers come from")
                .endsWith("src/main/modelops/waivers.yaml waivers " + GovernanceResults.HASH_A);
        Xml fraud = Xml.parse(out.resolve("cards/fraud-detector.html"));
        assertThat(fraud.text("//h:section[@id='evidence']")).doesNotContain("waivers.yaml");
    }

    @Test
    void governancePanelShowsForEachFrameworkHowManyOfItsRulesAppliedAndHowTheyCameOut() throws Exception {
        Xml card = card(GovernanceResults.frameworks(), "credit-scoring");

        String rows = PANEL + "//h:table[contains(@class, 'panel-frameworks')]/h:tbody/h:tr";
        assertThat(card.texts(rows)).containsExactly(
                "ECOA / Regulation B 1 of 1 rule applied waived 1 waived",
                "EU AI Act 3 of 3 rules applied violations 1 passed, 1 failed, 1 waived \u00b7 1 blocking, 0 warnings",
                "ISO/IEC 42001 3 of 4 rules applied violations 2 passed, 1 failed, 1 not applicable \u00b7 1 blocking, 0 warnings",
                "NIST AI RMF 1 of 1 rule applied compliant 1 passed",
                "SR 11-7 2 of 3 rules applied compliant 2 passed, 1 not applicable");
        assertThat(card.texts(rows + "/h:th/h:a/@href")).as("each framework's part of the compliance report")
                .containsExactly("../index.html#framework-1", "../index.html#framework-2", "../index.html#framework-3",
                        "../index.html#framework-4", "../index.html#framework-5");
        assertThat(card.texts(rows + "/h:td[2]/h:span/@class"))
                .containsExactly("badge badge-waived", "badge badge-fail", "badge badge-fail", "badge badge-pass",
                        "badge badge-pass");
        Xml index = Xml.parse(out.resolve("index.html"));
        assertThat(index.text("//*[@id='framework-2']")).contains("EU AI Act");

        Xml churn = Xml.parse(out.resolve("cards/churn-predictor.html"));
        assertThat(churn.texts(PANEL + "//h:table[contains(@class, 'panel-frameworks')]/h:tbody/h:tr[1]"))
                .containsExactly("ECOA / Regulation B 0 of 1 rule applied not assessed 1 not applicable");
    }

    @Test
    void factorsAreTheDeclaredProtectedAttributesAndTheSliceDimensionsTheResultsReport() throws Exception {
        GovernanceResults results = GovernanceResults.builder().model(sliced());
        Xml card = card(results, "sliced-scorer");

        String section = "//h:section[@id='factors']";
        assertThat(card.texts(section + "/h:div[@class='details']//h:div"))
                .containsExactly("Affects people yes", "Protected attributes sex, age_band, nationality");
        assertThat(card.texts(section + "//h:table[@class='factors']/h:tbody/h:tr")).containsExactly(
                "sex protected attribute 1 group: female 1 auc",
                "age_band protected attribute 2 groups: 18-25, 26-40 3 auc, selection_rate",
                "nationality protected attribute No sliced result 0 \u2014",
                "region slice dimension 1 group: north 1 auc");
        assertThat(card.texts(section + "//h:table[@class='factors']/h:tbody/h:tr/@class"))
                .containsExactly("factor", "factor", "factor not-evaluated", "factor");
        assertThat(card.text(section + "/h:p[contains(@class, 'factors-summary')]")).isEqualTo(
                "The evaluation results are sliced by 3 dimensions: age_band, region, sex. A declared protected"
                        + " attribute has no sliced result: nationality. The card cannot show how the model performs"
                        + " across its groups.");
        assertThat(card.texts(section + "/h:h3[.='Intersections']/following-sibling::h:div[1]//h:li"))
                .containsExactly("age_band \u00d7 sex (1 result)");
    }

    @Test
    void quantitativeAnalysesShowTheSpreadOfEachMetricAcrossItsSlices() throws Exception {
        Xml card = card(GovernanceResults.builder().model(sliced()), "sliced-scorer");

        String section = "//h:section[@id='quantitative-analyses']";
        assertThat(card.text(section + "/h:p[1]"))
                .isEqualTo("4 of the 6 evaluation results are measured on slices of the data, by age_band, region, sex.");
        assertThat(card.texts(section + "//h:table[@class='slice-spreads']/h:tbody/h:tr")).containsExactly(
                "auc holdout-2026q3 0.81 3 (age_band, region, sex) 0.74999 (age_band=18-25) 0.83 (region=north) 1",
                "selection_rate holdout-2026q3 \u2014 1 (age_band) 0.61 (age_band=26-40) 0.61 (age_band=26-40) 0");
        assertThat(card.texts(section + "//h:a/@href")).contains("#metrics", "#factors");
    }

    @Test
    void datasetsAreSplitIntoEvaluationAndTrainingDataByRole() throws Exception {
        Xml card = card(GovernanceResults.builder().model(sliced()), "sliced-scorer");

        String evaluation = "//h:section[@id='evaluation-data']";
        assertThat(card.texts(evaluation + "/h:div[@class='dataset']/h:h3"))
                .containsExactly("Holdout 2026 Q3", "Validation split");
        assertThat(card.texts(evaluation + "/h:div[@class='dataset'][1]//h:dl/h:div")).containsExactly(
                "Role test", "Description 20% of 2026 Q3 applications, never trained on.",
                "Examples 48210 (the largest count of a whole-dataset result)",
                "Evaluation results 5 results: auc, selection_rate; measured 2026-09-01 to 2026-09-03",
                "Datasheet docs/datasheets/holdout.md", "Source s3://lake/holdout/2026q3", "Snapshot 2026-09-01",
                "In the lineage Stratified 20% sample of the quarter.", "Lineage record holdout-2026q3");
        assertThat(card.text(evaluation + "/h:div[@class='dataset'][1]//h:a/@href")).isEqualTo("#lineage-dataset-1");
        assertThat(card.texts(evaluation + "/h:div[@class='dataset'][2]//h:dl/h:div")).containsExactly(
                "Role Validation", "Description Not stated", "Examples Not stated by any whole-dataset result",
                "Evaluation results No evaluation result names this dataset", "Datasheet Not stated",
                "Lineage record None declared");
        assertThat(card.texts(evaluation + "/h:h3[.='Named by results, not declared']/following-sibling::h:div[1]//h:li"))
                .containsExactly("oot-2026q2: 1 result: auc; measured 2026-09-05");

        String training = "//h:section[@id='training-data']";
        assertThat(card.texts(training + "/h:div[@class='dataset']/h:h3")).containsExactly("Applications 2020-2025");
        assertThat(card.texts(training + "/h:div[@class='dataset']//h:dl/h:div")).containsExactly("Role training",
                "Description Not stated", "Datasheet Not stated",
                "Lineage record applications-2025 (not described in the lineage)");
        assertThat(card.texts(training + "//h:table[@class='other-datasets']/h:tbody/h:tr")).containsExactly(
                "Production scores monitoring None declared", "Reference sample \u2014 None declared");
    }

    @Test
    void caveatsShowLimitationsRecommendationsAndImportedProseIsShownInTheSectionItIsAbout() throws Exception {
        Xml card = card(GovernanceResults.builder().model(documented()), "sliced-scorer");

        String caveats = "//h:section[@id='caveats']";
        assertThat(card.texts(caveats + "/h:h3")).containsExactly("Limitations", "Recommendations");
        assertThat(card.texts(caveats + "/h:h3[.='Limitations']/following-sibling::h:div[1]//h:li"))
                .containsExactly("Not validated for thin-file applicants.");
        assertThat(card.texts(caveats + "/h:h3[.='Recommendations'][1]/following-sibling::h:div[1]//h:li"))
                .containsExactly("Re-check the age-band AUC after each recalibration.");
        assertThat(card.text(caveats + "/h:div[@class='doc-section']/h:div[@class='doc-text']"))
                .isEqualTo("Review declines of applicants under 21 by hand.");
        assertThat(card.text(caveats + "/h:div[@class='doc-section']/h:h3")).isEqualTo("Recommendations");
        assertThat(card.text(caveats + "/h:div[@class='doc-section']/h:p[@class='doc-source']"))
                .startsWith("Markdown").endsWith("src/main/models/sliced-scorer/README.md:40");
        assertThat(card.text("//h:section[@id='training-data']/h:div[@class='doc-section']/h:h3")).isEqualTo("Training Data");
        assertThat(card.text("//h:section[@id='use']/h:div[@class='doc-section']/h:h3")).isEqualTo("Intended users");

        String further = "//h:section[@id='documentation']";
        assertThat(card.texts(further + "/h:div[@class='doc-section']/h:h3")).containsExactly("Glossary");
        assertThat(card.texts(further + "/h:h3[.='Shown as fields of this card']/following-sibling::h:div[1]//h:li"))
                .containsExactly("\u201cDirect Use\u201d (src/main/models/sliced-scorer/README.md:12) is shown as the"
                        + " intended use.");
        assertThat(card.texts(further + "/h:h3[.='Headings without text']/following-sibling::h:div[1]//h:li"))
                .containsExactly("\u201cTraining Details\u201d (src/main/models/sliced-scorer/README.md:20)");
        assertThat(card.count("//h:div[@class='doc-section']")).as("each section shown once").isEqualTo(4);
        assertThat(card.texts("//h:div[@class='doc-section']/@id"))
                .as("anchors keep the order the sections were read in")
                .containsExactly("documentation-6", "documentation-3", "documentation-5", "documentation-4");
    }

    @Test
    void anEmptyModelRendersEverySectionSayingWhatIsNotStated() throws Exception {
        Xml card = card(GovernanceResults.builder().model(empty()), "empty-model");

        assertThat(card.texts("//h:main/h:section/@id").stream().filter(id -> !id.equals("fairness")))
                .containsExactlyElementsOf(SECTIONS);
        for (String section : SECTIONS) {
            assertThat(card.count("//h:section[@id='" + section + "']//*[contains(concat(' ', @class, ' '), ' missing ')"
                    + " or contains(concat(' ', @class, ' '), ' empty-note ')]"))
                    .as(section + " says what is not stated").isPositive();
        }
        assertThat(card.text("//h:h1")).isEqualTo("Model card empty-model");
        assertThat(card.texts(PANEL + "/h:div[@class='details']//h:div")).containsExactly("Risk tier Not stated",
                "Lifecycle status Not stated", "Owner None declared", "Validator None declared");
        assertThat(card.text(PANEL + "//h:p[@class='panel-note']")).isEqualTo("No rule was evaluated for this model.");
        assertThat(card.text("//h:section[@id='factors']/h:p[contains(@class, 'factors-summary')]")).isEqualTo(
                "No evaluation result is measured on a slice: every result is on a whole dataset. No protected"
                        + " attribute is declared.");
        assertThat(card.text("//h:section[@id='evaluation-data']/h:p")).startsWith("No evaluation dataset declared");
        assertThat(card.text("//h:section[@id='training-data']/h:p")).startsWith("No training dataset declared");
        assertThat(card.text("//h:section[@id='quantitative-analyses']/h:p[1]"))
                .isEqualTo("No evaluation result recorded: there is nothing to analyse.");
        assertThat(card.texts("//h:section[@id='caveats']//h:p[@class='missing']"))
                .containsExactly("None declared.", "None declared.");
        assertThat(card.text("//h:section[@id='details']/h:h3[.='Dates']/following-sibling::h:div[1]"))
                .startsWith("No date recorded");
    }

    // ------------------------------------------------------------------------------------------- fixtures

    /** A model with nothing filled in but its id: no metadata file, no result, no lineage, no input. */
    static GovernedModel empty() {
        ModelMetadata nothing = new ModelMetadata("empty-model", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        return new GovernedModel(nothing, null, null, null, null, null);
    }

    /**
     * A scorer declaring three protected attributes (one never sliced), with results sliced by age band, region and
     * the intersection of age band and sex, on a declared holdout (in the lineage) and an undeclared out-of-time
     * sample; its datasets are of every role: training, test, validation, monitoring and none.
     */
    static GovernedModel sliced() {
        String folder = "src/main/models/sliced-scorer/";
        ModelMetadata metadata = new ModelMetadata("sliced-scorer", "Sliced scorer", "1.0.0", "classifier", null, null,
                null, List.of(), "high", "validation", "Rank applications.", List.of(), List.of(), List.of(),
                List.of(new DatasetUse("Applications 2020-2025", "training", "applications-2025", null),
                        new DatasetUse("Holdout 2026 Q3", "test", "holdout-2026q3",
                                "20% of 2026 Q3 applications, never trained on.", "docs/datasheets/holdout.md"),
                        new DatasetUse("Validation split", "Validation", null, null),
                        new DatasetUse("Production scores", "monitoring", null, null),
                        new DatasetUse("Reference sample", null, null, null)),
                null, List.of(), null, null, true, List.of("sex", "age_band", "nationality"), null, List.of(), null,
                List.of(), List.of(), List.of(), null, List.of(), null, null, new TreeMap<>());
        SourceLocation file = SourceLocation.of(folder + "evaluations/holdout.json");
        Threshold min = new Threshold(0.75, null);
        List<MetricResult> results = List.of(
                new MetricResult("auc", 0.81, null, null, min, "holdout-2026q3", LocalDate.of(2026, 9, 1), file, 48210L),
                new MetricResult("auc", 0.74999, slice("age_band", "18-25"), null, min, "holdout-2026q3",
                        LocalDate.of(2026, 9, 1), file, 9000L),
                new MetricResult("auc", 0.83, slice("region", "north"), null, min, "holdout-2026q3",
                        LocalDate.of(2026, 9, 2), file, 12000L),
                new MetricResult("auc", 0.79, slice("age_band", "18-25", "sex", "female"), null, min, "holdout-2026q3",
                        LocalDate.of(2026, 9, 3), file, 4000L),
                new MetricResult("selection_rate", 0.61, slice("age_band", "26-40"), null, null, "holdout-2026q3",
                        LocalDate.of(2026, 9, 3), file, 20000L),
                new MetricResult("auc", 0.8, null, null, min, "oot-2026q2", LocalDate.of(2026, 9, 5), file));
        Lineage lineage = new Lineage(List.of(new LineageDataset("holdout-2026q3", "Holdout sample",
                "s3://lake/holdout/2026q3", "Model Validation", "internal", "pseudonymized", "2026-09-01", null,
                "Stratified 20% sample of the quarter.")), List.of(), List.of());
        return new GovernedModel(metadata, results, lineage, SourceLocation.of(folder + "model.yaml"), List.of(), Map.of());
    }

    /**
     * {@link #sliced()} with limitations, a recommendation and a Hugging Face card's prose: "Direct Use" (the text
     * of its intended use), an empty "Training Details", "Training Data", "Recommendations", a Model Card Toolkit
     * "Intended users" and a "Glossary" that is about no section of the card.
     */
    static GovernedModel documented() {
        GovernedModel model = sliced();
        ModelMetadata m = model.metadata();
        ModelMetadata metadata = new ModelMetadata(m.id(), m.name(), m.version(), m.type(), m.task(), m.description(),
                m.license(), m.people(), m.riskTier(), m.status(), m.intendedUse(), m.outOfScopeUses(),
                List.of("Not validated for thin-file applicants."), m.ethicalConsiderations(),
                List.of("Re-check the age-band AUC after each recalibration."), m.datasets(), m.artifact(),
                m.approvals(), m.monitoring(), m.vendor(), m.affectsPeople(), m.protectedAttributes(), m.euAiAct(),
                m.acceptanceCriteria(), m.budgets(), m.risks(), m.humanOversight(), m.cybersecurity(), m.logging(),
                m.changeLog(), m.impactAssessment(), m.baseline(), m.extensions());
        SourceLocation readme = SourceLocation.of("src/main/models/sliced-scorer/README.md");
        SourceLocation toolkit = SourceLocation.of("src/main/models/sliced-scorer/model_card.json");
        List<DocumentationSection> prose = new ArrayList<>();
        prose.add(new DocumentationSection("Direct Use", "Rank\n  applications.<!-- from the template -->",
                DocumentationSection.MARKDOWN, readme.withPointer("", 12, 1)));
        prose.add(new DocumentationSection("Training Details", "", DocumentationSection.MARKDOWN,
                readme.withPointer("", 20, 1)));
        prose.add(new DocumentationSection("Training Data", "Applications from 2020 to 2025.",
                DocumentationSection.MARKDOWN, readme.withPointer("", 22, 1)));
        prose.add(new DocumentationSection("Glossary", "PD: probability of default.", DocumentationSection.MARKDOWN,
                readme.withPointer("", 50, 1)));
        prose.add(new DocumentationSection("Recommendations", "Review declines of applicants under 21 by hand.",
                DocumentationSection.MARKDOWN, readme.withPointer("", 40, 1)));
        prose.add(new DocumentationSection("Intended users", "Underwriters.", DocumentationSection.PLAIN,
                toolkit.withPointer("/considerations/users", 30, 5)));
        return new GovernedModel(metadata, model.evaluations(), model.lineage(), model.metadataFile(), model.inputs(),
                model.fieldLocations(), List.of(), List.of(), prose, List.of(), List.of());
    }

    private static TreeMap<String, String> slice(String... featureValues) {
        TreeMap<String, String> slice = new TreeMap<>();
        for (int i = 0; i < featureValues.length; i += 2) {
            slice.put(featureValues[i], featureValues[i + 1]);
        }
        return slice;
    }
}
