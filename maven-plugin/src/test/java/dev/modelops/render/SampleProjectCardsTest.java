package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.pipeline.SampleProject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cards of the repository's sample project ({@code sample-project/}), checked as its POM configures the goal:
 * what a model-risk committee reads in the governance panel, the factors and the data sections of real inputs in
 * every format (native files, a Hugging Face card, MLflow and DVC).
 */
class SampleProjectCardsTest {

    private static final String PANEL = "//h:section[@id='governance-panel']";

    @TempDir
    static Path out;

    private static SampleProject.Reports reports;

    @BeforeAll
    static void checkTheSampleProject() throws Exception {
        reports = SampleProject.check(out, false);
    }

    private static Xml card(String model) throws Exception {
        Path file = reports.card(model, "html");
        assertThat(file).isRegularFile();
        return Xml.parse(file);
    }

    @Test
    void creditScoringShowsItsRiskTierValidatorAndSignOffsInTheGovernancePanel() throws Exception {
        Xml card = card("credit-scoring");

        assertThat(card.texts(PANEL + "/h:div[@class='details']//h:div")).contains("Risk tier high",
                "Lifecycle status production",
                "Validator Priya Raman, Model Risk Management - Independent Validation");
        assertThat(card.texts(PANEL + "//h:table[contains(@class, 'panel-approvals')]/h:tbody/h:tr"))
                .containsExactly("2026-09-14 Priya Raman validator approved", "2026-09-30 Henrik Vos approver approved");
        assertThat(card.texts(PANEL + "//h:table[contains(@class, 'panel-frameworks')]/h:tbody/h:tr/h:th"))
                .contains("EU AI Act", "SR 11-7", "NIST AI RMF", "ISO/IEC 42001");
    }

    @Test
    void churnPredictionShowsItsWaiverWithItsExpiry() throws Exception {
        Xml card = card("churn-prediction");

        assertThat(card.texts(PANEL + "//h:table[contains(@class, 'panel-waivers')]/h:tbody/h:tr"))
                .containsExactly("MRM-F-2026-044 core.slice-thresholds-met 2.1.0 2027-03-31 applied");
        assertThat(card.text(PANEL + "//h:p[@class='panel-verdict']")).contains("1 waived");
    }

    @Test
    void creditScoringFactorsAreItsProtectedAttributesAndTheDimensionsItsSlicesReport() throws Exception {
        Xml card = card("credit-scoring");

        assertThat(card.texts("//h:section[@id='factors']//h:table[@class='factors']/h:tbody/h:tr/h:th"))
                .containsExactly("sex", "age_band", "region");
        assertThat(card.texts("//h:section[@id='factors']//h:table[@class='factors']/h:tbody/h:tr/h:td[1]"))
                .containsExactly("protected attribute", "protected attribute", "slice dimension");
        assertThat(card.texts("//h:section[@id='evaluation-data']/h:div[@class='dataset']//h:div[h:dt='Role']/h:dd"))
                .containsExactly("validation", "test");
        assertThat(card.texts("//h:section[@id='training-data']/h:div[@class='dataset']//h:div[h:dt='Role']/h:dd"))
                .containsExactly("training");
    }

    @Test
    void aHuggingFaceCardsProseIsShownInTheSectionsItIsAbout() throws Exception {
        Xml card = card("app-review-sentiment");

        assertThat(card.texts("//h:section[@id='training-data']/h:div[@class='doc-section']/h:h3"))
                .contains("Training Data", "Training Procedure");
        assertThat(card.texts("//h:section[@id='evaluation-data']/h:div[@class='doc-section']/h:h3")).contains("Evaluation");
        assertThat(card.texts("//h:section[@id='documentation']//h:li"))
                .anySatisfy(note -> assertThat(note).startsWith("\u201cDirect Use\u201d").endsWith("is shown as the intended use."));
    }

    @Test
    void everySampleCardHasEverySection() throws Exception {
        assertThat(reports.models()).hasSize(5);
        for (var model : reports.models()) {
            Path file = reports.card(model.id(), "html");
            {
                Xml card = Xml.parse(file);
                assertThat(card.texts("//h:main/h:section/@id").stream().filter(id -> !id.equals("fairness")))
                        .as(file.toString()).containsExactlyElementsOf(ModelCardStructureTest.SECTIONS);
            }
        }
    }
}
