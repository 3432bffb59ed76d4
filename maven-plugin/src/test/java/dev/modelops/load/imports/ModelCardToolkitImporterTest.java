package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.SourceFile;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Graphic;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.MetricResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class ModelCardToolkitImporterTest {

    private static final String FOLDER = "model-card-toolkit/";
    private static final String CATS_VS_DOGS = "cats_vs_dogs_v0_0_2.json";
    private static final String CONSIDERATIONS = "considerations.json";
    private static final String FULL = "full.json";
    private static final String SCHEMA = "model_card.schema.v0.0.2.json";
    private static final String ONE_PIXEL_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

    private final ModelCardToolkitImporter importer = new ModelCardToolkitImporter();

    // ---- the corpus, read in place

    @Test
    void tellsTheCardsOfTheCorpusFromTheToolkitsOwnSchema() {
        for (String card : List.of(CATS_VS_DOGS, CONSIDERATIONS, FULL)) {
            Path file = Corpus.file(FOLDER + card);
            assertThat(importer.canRead(file, context(file))).as(card).isTrue();
        }
        Path schema = Corpus.file(FOLDER + SCHEMA);
        // The schema names model_details and schema_version too, but under "properties", never at the top.
        assertThat(importer.canRead(schema, context(schema))).isFalse();
        assertThat(Corpus.folder("model-card-toolkit")).hasSize(4);
    }

    @Test
    void refusesTheSchemaWhenAskedToReadItAnyway() {
        Path schema = Corpus.file(FOLDER + SCHEMA);
        assertThatThrownBy(() -> importer.read(source(schema), context(schema)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(InputProblem::describe).asString()
                        .startsWith(SCHEMA + ":1:1: a JSON Schema (it has $schema and properties), not a model card")
                        .contains("expected a Model Card Toolkit model card: a JSON object with a model_details object"));
    }

    @Test
    void readsCatsVsDogs() {
        ImportedModel card = read(CATS_VS_DOGS);
        JsonNode metadata = card.metadata().root();

        assertThat(metadata.path("name").asText()).isEqualTo("Fine-tuned MobileNetV2 Model for Cat vs. Dogs");
        assertThat(metadata.path("description").asText())
                .startsWith("This model distinguishes cat and dog images. It uses the MobileNetV2 architecture");
        assertThat(json(metadata.path("people"))).isEqualTo(
                "[{\"name\":\"Model Cards Team\",\"role\":\"owner\",\"email\":\"model-cards@google.com\"}]");
        assertThat(metadata.path("version").asText()).isEqualTo("v1.0");
        assertThat(metadata.path("license").asText()).isEqualTo("Apache-2.0");
        assertThat(metadata.has("changeLog")).as("a version without a diff is no change log entry").isFalse();
        assertThat(json(metadata.path("datasets"))).isEqualTo("[{\"name\":\"Training Set\",\"role\":\"training\"},"
                + "{\"name\":\"Validation Set\",\"role\":\"validation\"}]");
        assertThat(metadata.path("intendedUse").asText()).isEqualTo("This model classifies images of cats and dogs.");
        assertThat(json(metadata.path("limitations")))
                .isEqualTo("[\"This model is not able to classify images of other classes.\"]");
        assertThat(metadata.path("ethicalConsiderations")).singleElement().extracting(JsonNode::asText).asString()
                .startsWith("While distinguishing between cats and dogs is generally agreed to be a benign application")
                .endsWith(": Avoid application on non-dog and non-cat images.");

        // Per-slice accuracy with intervals; "cat" and "Dog" are slice names, not feature=value.
        assertThat(card.evaluations()).extracting(MetricResult::metric, MetricResult::value, MetricResult::slice,
                MetricResult::confidenceInterval, r -> r.source().line()).containsExactly(
                        tuple("accuracy", 0.9781249761581421, Map.of(), null, 47),
                        tuple("accuracy", 0.9932885766029358, Map.of("slice", "cat"),
                                new ConfidenceInterval(0.9832885766, 1.0032885766, null), 52),
                        tuple("accuracy", 0.9649122953414917, Map.of("slice", "Dog"),
                                new ConfidenceInterval(0.95491229534, 0.97491229534, null), 62));
        assertThat(card.evaluations()).allSatisfy(result -> {
            assertThat(result.threshold()).as("the toolkit's threshold is a decision threshold").isNull();
            assertThat(result.source().file()).isEqualTo(CATS_VS_DOGS);
        });

        // One complete PNG; the analysis graphic's base64 stops in the middle of the PNG.
        assertThat(card.graphics()).singleElement().satisfies(graphic -> {
            assertThat(graphic.name()).isEqualTo("Validation Set Size");
            assertThat(graphic.mediaType()).isEqualTo("image/png");
            assertThat(Base64.getDecoder().decode(graphic.base64())).hasSize(11038);
            assertThat(graphic.source().line()).isEqualTo(35);
        });
        assertThat(card.warnings()).extracting(InputProblem::describe).containsExactly(CATS_VS_DOGS
                + ":77:20: at /quantitative_analysis/graphics/collection/0/image: the graphic 'Accuracy' with a PNG"
                + " image cut off after 7411 bytes (it lacks the end its format requires), expected an image as base64"
                + " text of a complete PNG, JPEG or GIF (not shown on the model card)");

        assertThat(card.documentation()).extracting(DocumentationSection::title, DocumentationSection::text)
                .containsExactly(tuple("Intended users", "Fans of dogs and cats."),
                        tuple("Tradeoffs", "Recall vs Precision."));

        JsonNode kept = metadata.path("extensions").path("model-card-toolkit");
        assertThat(kept.path("schema_version").asText()).isEqualTo("0.0.2");
        assertThat(json(kept.path("model_details").path("version"))).isEqualTo("{\"date\":\"08/28/2020\"}");
        assertThat(kept.path("model_details").path("references")).hasSize(2);
        assertThat(kept.path("model_details").path("citations").path(0).path("citation").asText())
                .startsWith("https://github.com/tensorflow/model-card-toolkit");
        assertThat(kept.path("quantitative_analysis").path("performance_metrics")).hasSize(3)
                .allSatisfy(metric -> assertThat(metric.path("threshold").asText()).isEqualTo("0.5"));
        assertThat(json(kept.path("model_parameters").path("data"))).isEqualTo("[{\"name\":\"Validation Set\","
                + "\"graphics\":{\"collection\":[{\"name\":\"Validation Set Size\","
                + "\"description\":\"This is the number of examples in the validation set.\"}]}}]");
        assertThat(json(kept.path("quantitative_analysis").path("graphics")))
                .as("the unusable image is reported, not copied").isEqualTo("{\"collection\":[{\"name\":\"Accuracy\"}]}");

        assertThat(card.metadata().locate("/name").line()).isEqualTo(4);
        assertThat(card.metadata().locate("/people/0/email").line()).isEqualTo(9);
        assertThat(card.metadata().locate("/datasets/1/role").line()).isEqualTo(32);
        assertThat(card.metadata().locate("/ethicalConsiderations/0").line()).isEqualTo(96);
        assertThat(card.metadata().locate("/extensions/model-card-toolkit/model_details/version/date").line())
                .isEqualTo(14);
    }

    @Test
    void readsConsiderations() {
        ImportedModel card = read(CONSIDERATIONS);
        JsonNode metadata = card.metadata().root();

        assertThat(metadata.path("name").asText()).isEqualTo("train and eval model");
        assertThat(json(metadata.path("people")))
                .isEqualTo("[{\"name\":\"bar\",\"role\":\"owner\",\"email\":\"bar@xyz.com\"}]");
        assertThat(metadata.path("version").asText()).isEqualTo("0.3");
        assertThat(json(metadata.path("changeLog")))
                .isEqualTo("[{\"version\":\"0.3\",\"date\":\"2020-01-01\",\"description\":\"Updated dataset.\"}]");
        assertThat(metadata.path("license").asText()).isEqualTo("Apache 2.0");
        assertThat(json(metadata.path("datasets")))
                .isEqualTo("[{\"name\":\"train_split\",\"role\":\"training\"},{\"name\":\"eval_split\",\"role\":\"test\"}]");
        assertThat(metadata.path("intendedUse").asText()).isEqualTo("Testing");
        assertThat(json(metadata.path("limitations"))).isEqualTo("[\"This model has no limitations\"]");
        assertThat(json(metadata.path("ethicalConsiderations")))
                .isEqualTo("[\"Bugs: Unit tests\",\"Broken edge cases: Test coverage\"]");
        assertThat(card.documentation()).extracting(DocumentationSection::title, DocumentationSection::text)
                .containsExactly(tuple("Intended users", "Testers"), tuple("Tradeoffs", "no tradeoffs"));
        assertThat(card.evaluations()).isEmpty();

        // Each of the three embedded PNGs is cut short in the corpus file: reported at its line, none shown.
        assertThat(card.graphics()).isEmpty();
        assertThat(card.warnings()).extracting(p -> p.location().line(), p -> p.location().pointer())
                .containsExactly(tuple(33, "/model_parameters/data/0/graphics/collection/0/image"),
                        tuple(44, "/model_parameters/data/1/graphics/collection/0/image"),
                        tuple(57, "/quantitative_analysis/graphics/collection/0/image"));
        assertThat(card.warnings()).extracting(InputProblem::found).containsExactly(
                "the graphic 'train graphic' with a PNG image cut off after 11135 bytes (it lacks the end its format"
                        + " requires)",
                "the graphic 'eval graphic' with an image that is not base64 (14849 characters, one too"
                        + " many for whole base64 groups: the text is cut off): 'iVBORw0KGgoAAAANSUhEUgAAAsIAAAGKCAYAAAAG...'",
                "the graphic 'analysis graphic' with an image that is not base64 (14849 characters, one too"
                        + " many for whole base64 groups: the text is cut off): 'iVBORw0KGgoAAAANSUhEUgAAAsIAAAGKCAYAAAAG...'");

        JsonNode kept = metadata.path("extensions").path("model-card-toolkit");
        assertThat(kept.path("model_details").path("citation").path("citation").asText())
                .as("v0.0.2 has citations[]: the singular key is kept as written").isEqualTo("https://doi.org/foo/bar");
        assertThat(kept.path("model_details").path("references")).hasSize(2);
        assertThat(kept.path("model_parameters").path("model_architecture").asText()).isEqualTo("knn");
        assertThat(kept.path("model_parameters").path("input_format").asText()).isEqualTo("32-char-len-text");
        assertThat(kept.path("model_parameters").path("output_format").asText()).isEqualTo("64-char-len-text");
        assertThat(json(kept.path("model_parameters").path("data").path(0))).isEqualTo("{\"name\":\"train_split\","
                + "\"link\":\"path/to/train\",\"graphics\":{\"description\":\"My training data graphic.\","
                + "\"collection\":[{\"name\":\"train graphic\"}]}}");
        assertThat(kept.path("quantitative_analysis").path("graphics").path("description").asText())
                .isEqualTo("Yet Another Graphic.");
        assertThat(kept.path("model_details").has("version")).as("date and diff are in the change log").isFalse();
    }

    @Test
    void readsFull() {
        ImportedModel card = read(FULL);
        JsonNode metadata = card.metadata().root();

        assertThat(metadata.path("name").asText()).isEqualTo("name");
        assertThat(metadata.path("description").asText()).isEqualTo("overview");
        assertThat(card.documentation()).extracting(DocumentationSection::title, DocumentationSection::text)
                .containsExactly(tuple("Documentation", "documentation"));
        assertThat(metadata.path("people")).extracting(p -> p.path("name").asText() + " " + p.path("email").asText()
                + " " + p.path("role").asText()).containsExactly("name1 contact1@email.com owner",
                        "name2 contact2@email.com owner");
        assertThat(metadata.path("version").asText()).isEqualTo("v1.0");
        assertThat(json(metadata.path("changeLog"))).as("YYYY/MM/DD is read, year first").isEqualTo(
                "[{\"version\":\"v1.0\",\"date\":\"2020-02-02\",\"description\":\"The diff with last version.\"}]");
        assertThat(metadata.path("license").asText()).isEqualTo("Apache-2.0");
        assertThat(json(metadata.path("datasets")))
                .as("'data name' says nothing of its use: no role is made up")
                .isEqualTo("[{\"name\":\"data name\",\"description\":\"description\"}]");
        assertThat(metadata.path("intendedUse").asText()).isEqualTo("use_cases");
        assertThat(json(metadata.path("limitations"))).isEqualTo("[\"limitations1\",\"limitations2\"]");
        assertThat(json(metadata.path("ethicalConsiderations")))
                .isEqualTo("[\"ethical considerations name: mitigation strategy\"]");

        assertThat(card.evaluations()).singleElement().satisfies(result -> {
            assertThat(result.metric()).isEqualTo("accuracy");
            assertThat(result.value()).isEqualTo(0.9);
            assertThat(result.slice()).as("the slice 'overall' is the whole dataset").isEmpty();
            assertThat(result.confidenceInterval()).isEqualTo(new ConfidenceInterval(0.85, 0.95, null));
            assertThat(result.source().line()).isEqualTo(51);
        });

        // The placeholders "{image_bytes}" of the test file are no images.
        assertThat(card.graphics()).isEmpty();
        assertThat(card.warnings()).extracting(InputProblem::describe).containsExactly(
                FULL + ":37:22: at /model_parameters/data/0/graphics/collection/0/image: the graphic 'img1' with an"
                        + " image that is not base64 (the character '{' at position 1): '{image_bytes}', expected an image"
                        + " as base64 text of a complete PNG, JPEG or GIF (not shown on the model card)",
                FULL + ":41:22: at /model_parameters/data/0/graphics/collection/1/image: the graphic 'img2' with an"
                        + " image that is not base64 (the character '{' at position 1): '{image_bytes}', expected an image"
                        + " as base64 text of a complete PNG, JPEG or GIF (not shown on the model card)",
                FULL + ":63:18: at /quantitative_analysis/graphics/collection/0/image: the graphic 'img' with an"
                        + " image that is not base64 (the character '{' at position 1): '{image_bytes}', expected an image"
                        + " as base64 text of a complete PNG, JPEG or GIF (not shown on the model card)");

        JsonNode kept = metadata.path("extensions").path("model-card-toolkit");
        assertThat(kept.path("model_details").path("path").asText()).isEqualTo("my/model/path");
        assertThat(kept.path("model_details").path("citations").path(0).path("citation").asText())
                .isEqualTo("https://google.com");
        assertThat(json(kept.path("model_parameters").path("data"))).isEqualTo("[{\"name\":\"data name\","
                + "\"sensitive\":{\"sensitive_data\":[\"age\"]},\"graphics\":{\"description\":\"graphics description\","
                + "\"collection\":[{\"name\":\"img1\"},{\"name\":\"img2\"}]}}]");
        assertThat(kept.path("model_parameters").path("input_format").asText()).isEqualTo("32-char-len-text");
        assertThat(json(kept.path("model_parameters").path("output_format_map")))
                .isEqualTo("[{\"key\":\"type\",\"value\":\"64-char-len-text\"}]");
        assertThat(kept.path("quantitative_analysis").has("performance_metrics"))
                .as("the one metric was read whole").isFalse();
    }

    // ---- shapes and values the corpus does not have

    @Test
    void readsTheShapesOfVersion001(@TempDir Path folder) throws IOException {
        ImportedModel card = readText(folder, """
                {
                  "schema_version": "0.0.1",
                  "model_details": {
                    "name": "Census income classifier",
                    "license": "Apache-2.0",
                    "references": ["https://archive.ics.uci.edu/dataset/2/adult"],
                    "citation": "Kohavi, 1996"
                  },
                  "model_parameters": {
                    "data": {
                      "train": {"name": "adult.data", "sensitive": true},
                      "eval": {"name": "adult.test"}
                    }
                  },
                  "quantitative_analysis": {
                    "performance_metrics": [
                      {"type": "auc", "value": 0.9, "confidence_interval": {"lower_bound": 0.88, "upper_bound": 0.92},
                       "threshold": 0.5, "slice": "sex=Female"}
                    ]
                  },
                  "considerations": {
                    "users": ["Researchers"],
                    "use_cases": ["Benchmarking fairness tooling"],
                    "limitations": ["Data from 1994"],
                    "tradeoffs": ["Accuracy against parity"],
                    "ethical_considerations": [{"name": "Sex and race are features", "mitigation_strategy": "Sliced metrics"}]
                  }
                }
                """);
        JsonNode metadata = card.metadata().root();
        assertThat(metadata.path("license").asText()).isEqualTo("Apache-2.0");
        assertThat(json(metadata.path("datasets")))
                .isEqualTo("[{\"name\":\"adult.data\",\"role\":\"training\"},{\"name\":\"adult.test\",\"role\":\"test\"}]");
        assertThat(card.evaluations()).singleElement().satisfies(result -> {
            assertThat(result.value()).isEqualTo(0.9);
            assertThat(result.slice()).containsExactly(entry("sex", "Female"));
            assertThat(result.confidenceInterval()).isEqualTo(new ConfidenceInterval(0.88, 0.92, null));
        });
        assertThat(metadata.path("intendedUse").asText()).isEqualTo("Benchmarking fairness tooling");
        assertThat(json(metadata.path("limitations"))).isEqualTo("[\"Data from 1994\"]");
        assertThat(card.documentation()).extracting(DocumentationSection::text)
                .containsExactly("Researchers", "Accuracy against parity");
        JsonNode kept = metadata.path("extensions").path("model-card-toolkit");
        assertThat(kept.path("model_details").path("citation").asText()).isEqualTo("Kohavi, 1996");
        assertThat(json(kept.path("model_parameters").path("data")))
                .isEqualTo("{\"train\":{\"name\":\"adult.data\",\"sensitive\":true}}");
        assertThat(kept.path("quantitative_analysis").path("performance_metrics").path(0).path("threshold").asDouble())
                .isEqualTo(0.5);
        assertThat(card.warnings()).isEmpty();
    }

    @Test
    void reportsWhatItCannotReadAndKeepsItAsWritten(@TempDir Path folder) throws IOException {
        ImportedModel card = readText(folder, """
                {
                  "schema_version": "0.0.2",
                  "model_details": {
                    "name": "Scorer",
                    "owners": [{"name": "Risk Desk", "contact": "+44 20 7946 0000"}, {"contact": "nobody@example.com"}],
                    "version": {"name": "3", "date": "08/09/2020", "diff": "New features."}
                  },
                  "quantitative_analysis": {
                    "performance_metrics": [
                      {"type": "auc", "value": "n/a"},
                      {"type": "auc", "value": "0.8", "confidence_interval": {"lower_bound": "0.9", "upper_bound": "0.7"}},
                      {"type": "auc", "value": "0.7", "slice": "age>40"},
                      {"value": "0.5"}
                    ],
                    "graphics": {"collection": [
                      {"name": "GIF", "image": "R0lGODlhAQABAAAAADs="},
                      {"name": "Text", "image": "aGVsbG8gd29ybGQ="}
                    ]}
                  },
                  "considerations": {"limitations": "none"}
                }
                """);
        assertThat(card.warnings()).extracting(p -> p.location().pointer() + " " + p.found()).containsExactly(
                "/model_details/owners/1 an owner without a name",
                "/model_details/version/date the version date \"08/09/2020\", so the change it describes has no date",
                "/quantitative_analysis/performance_metrics/0/value the value \"n/a\" of the performance metric 'auc'",
                "/quantitative_analysis/performance_metrics/1/confidence_interval a confidence interval whose lower"
                        + " bound 0.9 is above its upper bound 0.7",
                "/quantitative_analysis/performance_metrics/3 a performance metric without a type",
                "/quantitative_analysis/graphics/collection/1/image the graphic 'Text' with base64 data that is not a"
                        + " PNG, JPEG or GIF image (it starts with the bytes 68 65 6c 6c 6f 20 77 6f)",
                "/considerations/limitations a text \"none\"");
        assertThat(card.warnings()).allSatisfy(problem -> assertThat(problem.location().line()).isPositive());

        JsonNode metadata = card.metadata().root();
        assertThat(json(metadata.path("people"))).as("a phone number is no e-mail address")
                .isEqualTo("[{\"name\":\"Risk Desk\",\"role\":\"owner\"}]");
        assertThat(metadata.has("changeLog")).isFalse();
        assertThat(card.evaluations()).extracting(MetricResult::value, MetricResult::slice,
                MetricResult::confidenceInterval).containsExactly(tuple(0.8, Map.of(), null),
                        tuple(0.7, Map.of("slice", "age>40"), null));
        assertThat(card.graphics()).extracting(Graphic::name, Graphic::mediaType).containsExactly(tuple("GIF", "image/gif"));

        JsonNode kept = metadata.path("extensions").path("model-card-toolkit");
        assertThat(json(kept.path("model_details").path("owners"))).isEqualTo(
                "[{\"name\":\"Risk Desk\",\"contact\":\"+44 20 7946 0000\"},{\"contact\":\"nobody@example.com\"}]");
        assertThat(json(kept.path("model_details").path("version")))
                .isEqualTo("{\"date\":\"08/09/2020\",\"diff\":\"New features.\"}");
        assertThat(kept.path("quantitative_analysis").path("performance_metrics")).extracting(JsonNode::toString)
                .containsExactly("{\"type\":\"auc\",\"value\":\"n/a\"}",
                        "{\"type\":\"auc\",\"value\":\"0.8\",\"confidence_interval\":{\"lower_bound\":\"0.9\","
                                + "\"upper_bound\":\"0.7\"}}",
                        "{\"value\":\"0.5\"}");
        assertThat(kept.path("considerations").path("limitations").asText()).isEqualTo("none");
        assertThat(card.metadata().locate("/extensions/model-card-toolkit/quantitative_analysis/performance_metrics/2")
                .line()).isEqualTo(13);
    }

    @Test
    void mapsSlicesOfOneFeatureAndKeepsOtherNamesAsWritten() {
        assertThat(ModelCardToolkitImporter.slice("gender=female")).containsExactly(entry("gender", "female"));
        assertThat(ModelCardToolkitImporter.slice(" age_band = 18-25 ")).containsExactly(entry("age_band", "18-25"));
        assertThat(ModelCardToolkitImporter.slice("Overall")).isEmpty();
        assertThat(ModelCardToolkitImporter.slice("")).isEmpty();
        assertThat(ModelCardToolkitImporter.slice("age>40")).containsExactly(entry("slice", "age>40"));
        assertThat(ModelCardToolkitImporter.slice("a=1;b=2")).containsExactly(entry("slice", "a=1;b=2"));
        assertThat(ModelCardToolkitImporter.slice("age>=40")).containsExactly(entry("slice", "age>=40"));
    }

    @Test
    void tellsDatasetRolesByTheirNamesOnly() {
        assertThat(ModelCardToolkitImporter.roleFromWords("train_split")).isEqualTo("training");
        assertThat(ModelCardToolkitImporter.roleFromWords("Validation Set")).isEqualTo("validation");
        assertThat(ModelCardToolkitImporter.roleFromWords("eval_split")).isEqualTo("test");
        assertThat(ModelCardToolkitImporter.roleFromWords("holdout-2026q3")).isEqualTo("test");
        assertThat(ModelCardToolkitImporter.roleFromWords("train-test split")).as("two uses: none chosen").isNull();
        assertThat(ModelCardToolkitImporter.roleFromWords("Contest entries")).as("whole words only").isNull();
        assertThat(ModelCardToolkitImporter.roleFromWords("data name")).isNull();
    }

    @Test
    void detectsByTopLevelKeysEvenWhenTheHeadStopsEarly() {
        assertThat(ModelCardToolkitImporter.looksLikeModelCard("{\"model_details\": {\"name\": \"x\"")).isTrue();
        assertThat(ModelCardToolkitImporter.looksLikeModelCard(
                "{\"schema_version\": \"0.0.2\", \"considerations\": {\"users\": [")).isTrue();
        assertThat(ModelCardToolkitImporter.looksLikeModelCard("{\"schema_version\": \"0.0.2\", \"model_paramet"))
                .isFalse();
        assertThat(ModelCardToolkitImporter.looksLikeModelCard("{\"properties\": {\"model_details\": {}}}")).isFalse();
        assertThat(ModelCardToolkitImporter.looksLikeModelCard("{\"model_details\": \"a text\"}")).isFalse();
        assertThat(ModelCardToolkitImporter.looksLikeModelCard("[{\"model_details\": {}}]")).isFalse();
        assertThat(ModelCardToolkitImporter.looksLikeModelCard("")).isFalse();
        assertThat(ModelCardToolkitImporter.looksLikeModelCard("model_details: {}")).isFalse();
    }

    @Test
    void refusesAFileThatIsNotJson(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("model_card.json"), "{\"model_details\": {\"name\": \"x\",}}");
        assertThatThrownBy(() -> importer.read(source(file), context(file)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .extracting(InputProblem::describe).asString().startsWith("model_card.json:1:")
                        .contains("malformed JSON"));
    }

    // ---- in a model folder, with the loader and the core rules

    @Test
    void aCardAloneIsAModel() {
        Path base = fixture("card-only");
        List<GovernedModel> models = new ModelInventoryLoader(base, List.of(importer)).load(base.resolve("models"));

        assertThat(models).singleElement().satisfies(model -> {
            assertThat(model.id()).as("the folder's name").isEqualTo("churn-predictor");
            assertThat(model.metadata().name()).isEqualTo("Retail churn predictor");
            assertThat(model.metadata().license()).isEqualTo("Internal use only");
            assertThat(model.inputs()).extracting(InputFile::path, InputFile::kind).containsExactly(
                    tuple("models/churn-predictor/model_card/model_card.json", "model-card-toolkit"));
            assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value)
                    .containsExactly(tuple("auc", 0.78));
            assertThat(model.inputWarnings()).extracting(InputProblem::describe).containsExactly(
                    "models/churn-predictor/model_card/model_card.json:19:32: at"
                            + " /quantitative_analysis/performance_metrics/1/value: the value \"n/a\" of the"
                            + " performance metric 'auc', expected a number, such as \"0.97\" (the entry is kept under"
                            + " extensions)");

            Map<String, Finding> findings = core(model);
            assertThat(findings.get("core.inputs-read-completely").status()).isEqualTo(FindingStatus.FAILED);
            assertThat(findings.get("core.owner-present").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.training-data-declared").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.test-data-declared").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.limitations-documented").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.evaluation-results-present").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.acceptance-criteria-declared").status())
                    .as("no threshold is read from a Model Card Toolkit card").isEqualTo(FindingStatus.FAILED);
            assertThat(findings.get("core.risk-tier-assigned").status()).isEqualTo(FindingStatus.FAILED);
        });
    }

    @Test
    void theTeamsModelYamlWinsOverTheCard() {
        Path base = fixture("card-with-model-yaml");
        List<GovernedModel> models = new ModelInventoryLoader(base, List.of(importer)).load(base.resolve("models"));

        assertThat(models).singleElement().satisfies(model -> {
            assertThat(model.id()).isEqualTo("card-fraud");
            assertThat(model.metadata().name()).isEqualTo("Card-not-present fraud detector");
            assertThat(model.metadata().version()).isEqualTo("2.1.0");
            assertThat(model.metadata().people()).extracting(p -> p.name() + "/" + p.role())
                    .as("people come from model.yaml alone")
                    .containsExactly("Ines Okafor/owner", "Tomas Lind/developer", "Grace Mbeki/validator");
            assertThat(model.locate("/version").file()).isEqualTo("models/card-fraud/model.yaml");
            // What model.yaml does not say comes from the card, located there.
            assertThat(model.metadata().description())
                    .isEqualTo("Gradient-boosted trees scoring card-not-present transactions for fraud.");
            assertThat(model.locate("/description").toString()).isEqualTo("models/card-fraud/model_card.json:5:5");
            assertThat(model.metadata().intendedUse())
                    .isEqualTo("Score card-not-present transactions for review by fraud analysts.");
            assertThat(model.metadata().license()).isEqualTo("proprietary");
            assertThat(model.metadata().datasets()).extracting(d -> d.name() + "/" + d.role()).containsExactly(
                    "cnp-transactions-2025 (train)/training", "cnp-transactions-2026q1 (holdout)/test");
            assertThat(model.metadata().extensions()).containsKey("model-card-toolkit");
            assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value,
                    MetricResult::sliceLabel).containsExactly(tuple("auc", 0.912, "overall"),
                            tuple("auc", 0.897, "age_band=18-25"), tuple("recall", 0.81, "overall"));
            assertThat(model.evaluations().get(1).source().toString()).isEqualTo("models/card-fraud/model_card.json:24:7");
            assertThat(model.graphics()).singleElement().satisfies(graphic -> {
                assertThat(graphic.name()).isEqualTo("ROC curve");
                assertThat(graphic.mediaType()).isEqualTo("image/png");
                assertThat(graphic.base64()).isEqualTo(ONE_PIXEL_PNG);
            });
            assertThat(model.inputWarnings()).isEmpty();
            assertThat(model.inputs()).extracting(InputFile::path).containsExactly("models/card-fraud/model.yaml",
                    "models/card-fraud/model_card.json");

            Map<String, Finding> findings = core(model);
            assertThat(findings.get("core.inputs-read-completely").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.intended-use-present").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.ethical-considerations-documented").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.out-of-scope-uses-declared").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.validator-named").status()).isEqualTo(FindingStatus.PASSED);
            assertThat(findings.get("core.training-data-traced").status()).isEqualTo(FindingStatus.FAILED);
        });
    }

    @Test
    void aFolderWithNeitherModelYamlNorCardNamesTheFormat(@TempDir Path base) throws IOException {
        Path folder = Files.createDirectories(base.resolve("models/orphan"));
        // A JSON file that is not a card (the toolkit's schema, say) is no model file either.
        Files.writeString(folder.resolve("model_card.schema.json"),
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"properties\": {\"model_details\": {}}}");
        assertThatThrownBy(() -> new ModelInventoryLoader(base, List.of(importer)).load(base.resolve("models")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe).containsExactly("models/orphan: no model.yaml in folder"
                                + " models/orphan, expected exactly one of model.yaml, model.yml or model.json in each"
                                + " model folder, or a file of another tool that documents the model: Google Model Card"
                                + " Toolkit model cards (a .json file such as model_card.json with a top-level"
                                + " model_details object, schema 0.0.1 or 0.0.2)"));
    }

    // ---- helpers

    private static Map<String, Finding> core(GovernedModel model) {
        List<Finding> findings = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules())
                .evaluate(model, Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(findings).noneMatch(finding -> finding.status() == FindingStatus.ERROR);
        return findings.stream().collect(Collectors.toMap(Finding::ruleId, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }

    private ImportedModel read(String corpusFile) {
        Path file = Corpus.file(FOLDER + corpusFile);
        ImportContext context = context(file);
        assertThat(importer.canRead(file, context)).isTrue();
        return importer.read(source(file), context);
    }

    private ImportedModel readText(Path folder, String json) throws IOException {
        Path file = Files.writeString(folder.resolve("model_card.json"), json);
        ImportContext context = context(file);
        assertThat(importer.canRead(file, context)).isTrue();
        return importer.read(source(file), context);
    }

    private static ImportContext context(Path file) {
        return ImportContext.of(file.getParent(), file.getParent());
    }

    private static SourceFile source(Path file) {
        return new SourceFile(file, context(file).display(file));
    }

    private static String json(JsonNode node) {
        try {
            return new ObjectMapper().writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ModelCardToolkitImporterTest.class.getClassLoader()
                    .getResource("imports/model-card-toolkit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
