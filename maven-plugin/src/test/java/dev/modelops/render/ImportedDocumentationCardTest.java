package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Graphic;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;

/**
 * The model card of a model documented in other tools' formats: its prose sections, its pictures, what of its
 * inputs could not be read, and its input files named after their formats.
 */
class ImportedDocumentationCardTest {

    private static final String CARD = "cards/credit-scoring.html";
    private static final String DOCUMENTATION = "//h:section[@id='documentation']";
    private static final String FIRST_SECTION = DOCUMENTATION + "/h:div[@id='documentation-1']";
    private static final Pattern SAFE_IMAGE_SOURCE = Pattern.compile("data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}");

    @TempDir
    Path out;

    /** The standard result with credit-scoring read from a Hugging Face card and a Model Card Toolkit file. */
    static GovernanceResults imported() {
        return GovernanceResults.standardBuilder()
                .editModel("credit-scoring", GovernanceResults::withImportedDocumentation)
                .rule("core.inputs-read-completely", "Every input file was read without losing anything",
                        Severity.MEDIUM, "")
                .finding("credit-scoring", "core.inputs-read-completely", FindingStatus.FAILED,
                        "2 part(s) of the inputs of model credit-scoring could not be read");
    }

    private Xml card(GovernanceResults results, String file) throws Exception {
        new HtmlReportWriter(1).write(results.build(), out);
        return Xml.parse(out.resolve(file));
    }

    @Test
    void documentationGraphicsAndInputWarningsAreSectionsOfTheCardAndItsNavigation() throws Exception {
        Xml card = card(imported(), CARD);

        assertThat(card.texts("//h:nav[@class='toc']//h:a/@href")).containsSubsequence("#use",
                "#quantitative-analyses", "#documentation", "#lineage", "#findings", "#input-warnings", "#evidence");
        assertThat(card.texts("//h:main/h:section/@id")).containsSubsequence("use", "quantitative-analyses",
                "documentation", "lineage", "findings", "input-warnings", "evidence");
        assertThat(card.text("//h:section[@id='graphics']/parent::h:section/@id"))
                .as("the pictures are part of the quantitative analyses").isEqualTo("quantitative-analyses");
    }

    @Test
    void eachDocumentationSectionShowsItsTitleFormatSourceAndText() throws Exception {
        Xml card = card(imported(), CARD);

        assertThat(card.texts(DOCUMENTATION + "/h:div[@class='doc-section']/h:h3"))
                .containsExactly("Bias, Risks, and Limitations", "Considerations <script>alert(1)</script>");
        assertThat(card.texts(DOCUMENTATION + "//h:p[@class='doc-source']")).containsExactly(
                "Markdown \u00a0\u00b7\u00a0 src/main/models/credit-scoring/README.md:24",
                "plain text \u00a0\u00b7\u00a0 src/main/models/credit-scoring/model_card.json:40");

        String text = FIRST_SECTION + "/h:div[@class='doc-text']";
        assertThat(card.texts(text + "/h:h4")).containsExactly("Bias, Risks, and Limitations");
        assertThat(card.texts(text + "/h:h5")).containsExactly("Known gaps");
        assertThat(card.texts(text + "/h:ul/h:li")).containsExactly("Applicants under 21",
                "Self-employed income reported yearly", "seasonal work", "<script> in code");
        assertThat(card.texts(text + "/h:ul/h:li/@class")).containsExactly("depth-0", "depth-0", "depth-1", "depth-0");
        assertThat(card.texts(text + "/h:ol/h:li")).containsExactly("Retrain quarterly", "Review overrides");
        assertThat(card.text(text + "/h:ol/@start")).isEqualTo("1");
        assertThat(card.document().getElementsByTagNameNS(Xml.XHTML, "code").item(0)).isNotNull();
        assertThat(card.text(text + "/h:pre[@class='code']/h:code"))
                .isEqualTo("def score(x): return \"<script>alert(1)</script>\"");
        assertThat(card.texts(text + "//h:table[@class='doc-table']/h:thead/h:tr/h:th")).containsExactly("Slice", "AUC", "Note");
        assertThat(card.texts(text + "//h:table[@class='doc-table']/h:tbody/h:tr"))
                .containsExactly("age 18-25 0.74999 below | threshold", "overall 0.812");
        assertThat(card.text(text + "/h:blockquote")).isEqualTo("Validators: re-check the age slice every quarter.");
        assertThat(card.count(text + "/h:hr")).isEqualTo(1);
        assertThat(card.text(text + "/h:p[last()]")).isEqualTo("image: ROC curve (images/roc.png)");

        assertThat(card.texts(DOCUMENTATION + "/h:div[@id='documentation-2']/h:div[@class='doc-text']/h:p"))
                .as("plain text: paragraphs split on blank lines, HTML as written")
                .containsExactly("Use cases: ranking applications. Not for pricing.", "<i>Reviewed</i> by the ethics board.");
    }

    @Test
    void markupInImportedTextIsShownAsTextAndNeverBecomesAnElementOrAttribute() throws Exception {
        GovernanceResults results = imported();
        Xml card = card(results, CARD);
        String raw = Xml.read(out.resolve(CARD));

        assertThat(card.text(FIRST_SECTION + "/h:div[@class='doc-text']/h:p[1]"))
                .contains("Raw <b>HTML</b> and <script>alert(1)</script> stay text");
        assertThat(raw).doesNotContain("<script", "<b>", "<i>", "onerror");
        assertThat(raw).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(card.count("//h:script | //h:b | //h:i | //h:iframe | //h:object | //h:embed | //h:svg")).isZero();
        // The card's SVGs are the plugin's own pictures (the lineage graph, the charts of its metrics), each in a
        // figure; imported text adds none.
        int pictures = card.count("//*[local-name()='svg']");
        assertThat(card.count("//h:figure[@class='lineage-graph']//*[local-name()='svg']")).isEqualTo(1);
        assertThat(card.count("//h:figure//*[local-name()='svg' and not(ancestor::*[local-name()='svg'])]"))
                .isEqualTo(pictures);
        assertThat(raw.split("<svg", -1)).hasSize(pictures + 1);
        for (Node attribute : card.nodes("//@*")) {
            assertThat(((Attr) attribute).getName()).as("no event handler attribute").doesNotStartWithIgnoringCase("on");
        }
    }

    @Test
    void picturesAreEmbeddedAsDataUrisOfWhitelistedTypesOnlyAndTheOthersAreNamedWithWhy() throws Exception {
        Xml card = card(imported(), CARD);

        String graphics = "//h:section[@id='graphics']";
        assertThat(card.texts(graphics + "//h:figure/h:img/@alt")).containsExactly("AUC by age band", "Dot");
        assertThat(card.texts(graphics + "//h:figure/h:img/@src")).containsExactly(
                "data:image/png;base64," + GovernanceResults.BARS_PNG, "data:image/gif;base64," + GovernanceResults.DOT_GIF);
        assertThat(card.texts(graphics + "//h:figcaption")).containsExactly(
                "AUC by age band src/main/models/credit-scoring/model_card.json:52",
                "Dot src/main/models/credit-scoring/model_card.json:58");
        for (String source : card.texts("//h:img/@src")) {
            assertThat(source).matches(SAFE_IMAGE_SOURCE);
        }
        assertThat(card.texts(graphics + "//h:ul/h:li")).containsExactly(
                "\u201cVector <script>\u201d (src/main/models/credit-scoring/model_card.json:61) is not shown: its media "
                        + "type 'image/svg+xml' is not image/png, image/jpeg or image/gif.",
                "\u201cInjected\u201d (src/main/models/credit-scoring/model_card.json:64) is not shown: its image data is "
                        + "not base64 text.",
                "\u201cMislabelled\u201d (src/main/models/credit-scoring/model_card.json:67) is not shown: its data does "
                        + "not start like a JPEG image.");
    }

    @Test
    void base64WithoutPaddingOrWrappedInLinesIsEmbeddedPaddedAndAnythingElseIsNot() throws Exception {
        String dot = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg";
        SourceLocation file = SourceLocation.of("src/main/models/churn-predictor/model_card.json");
        GovernanceResults results = imported().editModel("churn-predictor", m -> new GovernedModel(m.metadata(),
                m.evaluations(), m.lineage(), m.metadataFile(), m.inputs(), m.fieldLocations(), List.of(), List.of(),
                List.of(), List.of(
                        new Graphic("Unpadded, as Model Card Toolkit writes it", "image/png", dot, file),
                        new Graphic("Wrapped", "image/png", dot.substring(0, 40) + "\r\n  " + dot.substring(40) + "==", file),
                        new Graphic("Padding inside", "image/png", dot.substring(0, 40) + "==" + dot.substring(42), file),
                        new Graphic("A length no base64 text has", "image/png", dot + "AAA", file),
                        new Graphic("Data URI smuggled in the type", "image/png;base64,AAAA\" onload=\"x", dot, file),
                        new Graphic("", null, dot, null)),
                List.of()));
        Xml card = card(results, "cards/churn-predictor.html");

        assertThat(card.texts("//h:figure/h:img/@src"))
                .containsExactly("data:image/png;base64," + dot + "==", "data:image/png;base64," + dot + "==");
        assertThat(card.texts("//h:section[@id='graphics']//h:ul/h:li")).containsExactly(
                "\u201cPadding inside\u201d (src/main/models/churn-predictor/model_card.json) is not shown: its image data "
                        + "is not base64 text.",
                "\u201cA length no base64 text has\u201d (src/main/models/churn-predictor/model_card.json) is not shown: its "
                        + "image data is not base64 text.",
                "\u201cData URI smuggled in the type\u201d (src/main/models/churn-predictor/model_card.json) is not shown: "
                        + "its media type 'image/png;base64,aaaa\" onload=\"x' is not image/png, image/jpeg or image/gif.",
                "\u201cUnnamed picture\u201d is not shown: its media type is not stated.");
    }

    @Test
    void inputWarningsAreATableNearTheFindingsTheyBecome() throws Exception {
        Xml card = card(imported(), CARD);

        String section = "//h:section[@id='input-warnings']";
        assertThat(card.text(section + "/h:p")).startsWith("2 parts of the input files could not be read.")
                .contains("core.inputs-read-completely");
        assertThat(card.texts(section + "//h:thead/h:tr/h:th"))
                .containsExactly("Location", "JSON pointer", "Found", "Expected");
        assertThat(card.texts(section + "//h:tbody/h:tr")).containsExactly(
                "src/main/models/credit-scoring/README.md:7 /model-index/0/results/0/metrics/1/value the text \"n/a\" a number",
                "src/main/models/credit-scoring/model_card.json:70 /graphics/5/image "
                        + "data that is not a PNG, JPEG or GIF image <script> \u2014");
        assertThat(card.text("//h:section[@id='input-warnings']/preceding-sibling::h:section[1]/@id")).isEqualTo("findings");
        assertThat(card.texts("//h:section[@id='findings']//h:tbody/h:tr/h:th/h:a/h:code"))
                .contains("core.inputs-read-completely");
    }

    @Test
    void filesOfOtherToolsAreNamedAfterTheirFormatWithTheImporterThatReadThem() throws Exception {
        Xml card = card(imported(), CARD);

        assertThat(card.texts("//h:section[@id='evidence']//h:tbody/h:tr")).containsExactly(
                "src/main/models/credit-scoring/model.yaml model " + GovernanceResults.HASH_A,
                "src/main/models/credit-scoring/evaluations/holdout-2026q3.json evaluation " + GovernanceResults.HASH_B,
                "src/main/models/credit-scoring/evaluations/slices.csv evaluation " + GovernanceResults.HASH_C,
                "src/main/models/credit-scoring/lineage.yaml lineage " + GovernanceResults.HASH_A,
                "src/main/models/credit-scoring/README.md Hugging Face model card (huggingface) " + GovernanceResults.HASH_B,
                "src/main/models/credit-scoring/model_card.json Model Card Toolkit model card (model-card-toolkit) "
                        + GovernanceResults.HASH_C);
    }

    @Test
    void everyImportedKindReadsAsItsFormat() throws Exception {
        GovernanceResults results = GovernanceResults.standardBuilder().editModel("churn-predictor", m -> {
            java.util.List<dev.modelops.model.InputFile> inputs = new java.util.ArrayList<>();
            for (String kind : new String[] {"huggingface", "model-card-toolkit", "openlineage", "mlflow", "dvc",
                    "cyclonedx", "onnx-metadata"}) {
                inputs.add(new dev.modelops.model.InputFile("in/" + kind, kind, GovernanceResults.HASH_A));
            }
            return new dev.modelops.model.GovernedModel(m.metadata(), m.evaluations(), m.lineage(), m.metadataFile(),
                    inputs, m.fieldLocations());
        });
        Xml card = card(results, "cards/churn-predictor.html");

        assertThat(card.texts("//h:section[@id='evidence']//h:tbody/h:tr/h:td[1]")).containsExactly(
                "Hugging Face model card (huggingface)",
                "Model Card Toolkit model card (model-card-toolkit)",
                "OpenLineage run event (openlineage)",
                "MLflow model or run metadata (mlflow)",
                "DVC pipeline, lock or metrics file (dvc)",
                "CycloneDX ML-BOM (cyclonedx)",
                "onnx-metadata");
    }

    @Test
    void aModelDocumentedNativelySaysSoInOneLineAndHasNoGraphics() throws Exception {
        Xml card = card(imported(), "cards/churn-predictor.html");

        assertThat(card.text(DOCUMENTATION + "/h:p[@class='empty-note']"))
                .isEqualTo("No further documentation: the input files carry no prose beyond the fields of this card.");
        assertThat(card.count("//h:section[@id='graphics']")).isZero();
        assertThat(card.text("//h:section[@id='input-warnings']/h:p[@class='empty-note']"))
                .isEqualTo("No input warning: every part of the input files was read.");
        assertThat(card.count("//h:section[@id='input-warnings']//h:table")).isZero();
        assertThat(card.texts("//h:nav[@class='toc']//h:a/@href")).contains("#documentation", "#input-warnings")
                .doesNotContain("#graphics");
    }

    @Test
    void theNewSectionsAreByteIdenticalAcrossRunsAndInputOrders() throws Exception {
        GovernanceResult result = imported().build();
        GovernanceResults shuffled = imported();
        Collections.shuffle(shuffled.models(), new Random(3));
        Collections.shuffle(shuffled.findings(), new Random(17));

        Map<String, byte[]> first = publish(result, "first");
        Map<String, byte[]> second = publish(result, "second");
        Map<String, byte[]> other = publish(shuffled.build(), "shuffled");

        assertThat(new String(first.get(CARD), StandardCharsets.UTF_8)).contains("id=\"documentation-1\"",
                "data:image/png;base64,");
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
        first.forEach((file, bytes) -> assertThat(other.get(file)).as(file).isEqualTo(bytes));
    }

    private Map<String, byte[]> publish(GovernanceResult result, String name) throws Exception {
        Path output = out.resolve(name);
        ReportPublisher.withStandardWriters().publish(result, output);
        return ReportPublisherTest.contents(output);
    }
}
