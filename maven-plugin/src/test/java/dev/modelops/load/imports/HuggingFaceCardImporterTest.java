package dev.modelops.load.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.SourceFile;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuggingFaceCardImporterTest {

    private final HuggingFaceCardImporter importer = new HuggingFaceCardImporter();

    /** Reads a corpus file in place, the corpus folder being both the project and the model folder. */
    private ImportedModel corpus(String name) {
        Path file = Corpus.file("huggingface/" + name);
        Path folder = file.getParent();
        return importer.read(new SourceFile(file, "huggingface/" + name), ImportContext.of(folder, folder));
    }

    private List<InputProblem> corpusProblems(String name) {
        List<InputProblem> problems = new java.util.ArrayList<>();
        assertThatThrownBy(() -> corpus(name)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> problems.addAll(e.problems()));
        return problems;
    }

    private static JsonNode at(ImportedModel model, String pointer) {
        return model.metadata().root().at(pointer);
    }

    private static int line(ImportedModel model, String pointer) {
        return model.metadata().locate(pointer).line();
    }

    @Nested
    class TheSharedCorpus {

        @Test
        void sampleSimpleGivesLicenceTrainingDatasetNameAndSections() {
            ImportedModel model = corpus("sample_simple.md");

            assertThat(at(model, "/name").asText()).isEqualTo("my-cool-model");
            assertThat(at(model, "/license").asText()).isEqualTo("mit");
            assertThat(at(model, "/datasets/0/name").asText()).isEqualTo("beans");
            assertThat(at(model, "/datasets/0/role").asText()).isEqualTo("training");
            assertThat(at(model, "/datasets").size()).isEqualTo(1);
            assertThat(at(model, "/description").asText())
                    .isEqualTo("You can embed local or remote images using `![](...)`");
            JsonNode huggingface = at(model, "/extensions/huggingface");
            assertThat(huggingface.fieldNames()).toIterable()
                    .containsExactly("language", "library_name", "tags", "metrics");
            assertThat(huggingface.path("language").get(0).asText()).isEqualTo("en");
            assertThat(huggingface.path("library_name").asText()).isEqualTo("pytorch-lightning");
            assertThat(huggingface.path("tags")).extracting(JsonNode::asText)
                    .containsExactly("pytorch", "image-classification");
            assertThat(model.warnings()).isEmpty();
            assertThat(model.evaluations()).isEmpty();

            // Front matter lines are the file's lines: "license: mit" is line 4, "- beans" line 10, column 3.
            assertThat(model.metadata().locate("/license")).isEqualTo(
                    new SourceLocation("huggingface/sample_simple.md", 4, 1, "/license"));
            assertThat(model.metadata().locateValue("/license").column()).isEqualTo(10);
            assertThat(model.metadata().locate("/datasets/0/name"))
                    .extracting(SourceLocation::line, SourceLocation::column).containsExactly(10, 3);
            assertThat(line(model, "/extensions/huggingface/tags")).isEqualTo(6);
            assertThat(line(model, "/extensions/huggingface/tags/1")).isEqualTo(8);
            assertThat(line(model, "/name")).isEqualTo(15);
            assertThat(line(model, "/description")).isEqualTo(17);

            assertThat(model.documentation()).extracting(DocumentationSection::title, DocumentationSection::text,
                    DocumentationSection::format, s -> s.source().line()).containsExactly(
                    tuple("my-cool-model", "", "markdown", 15),
                    tuple("Model description", "You can embed local or remote images using `![](...)`", "markdown", 17));
            assertThat(model.lineage().lineage().datasets()).isEmpty();
        }

        @Test
        void sampleSimpleModelIndexGivesResultsOnTheirDatasets() {
            ImportedModel model = corpus("sample_simple_model_index.md");

            assertThat(at(model, "/name").asText()).isEqualTo("my-cool-model");
            assertThat(line(model, "/name")).isEqualTo(13);
            assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value,
                    MetricResult::dataset, r -> r.source().line(), r -> r.slice().isEmpty()).containsExactly(
                    tuple("accuracy", 0.9, "Beans", 21, true),
                    tuple("f1", 0.66, "Beans", 34, true));
            assertThat(model.evaluations().get(1).source())
                    .isEqualTo(new SourceLocation("huggingface/sample_simple_model_index.md", 34, 7,
                            "/model-index/0/results/1/metrics/0"));
            assertThat(model.evaluations()).allSatisfy(r -> {
                assertThat(r.confidenceInterval()).isNull();
                assertThat(r.threshold()).isNull();
            });
            // The training dataset as listed, the evaluation dataset once (both results are on Beans' test data).
            assertThat(at(model, "/datasets")).extracting(d -> d.path("name").asText(), d -> d.path("role").asText())
                    .containsExactly(tuple("beans", "training"), tuple("Beans", "test"));
            assertThat(line(model, "/datasets/1")).isEqualTo(17);
            // The model-index is kept as written, with what has no native field (task, config, split, args).
            JsonNode index = at(model, "/extensions/huggingface/model-index");
            assertThat(index.at("/0/results/1/dataset/revision").asText())
                    .isEqualTo("5503434ddd753f426f4b38109466949a1217c2bb");
            assertThat(index.at("/0/results/1/dataset/args/date").asInt()).isEqualTo(20220120);
            assertThat(index.at("/0/results/0/task/type").asText()).isEqualTo("image-classification");
            assertThat(line(model, "/extensions/huggingface/model-index/0/results/1/dataset/args/date")).isEqualTo(32);
            assertThat(model.warnings()).isEmpty();
        }

        @Test
        void sampleInvalidModelIndexWarnsAtTheResultWithoutDatasetAndReadsTheRest() {
            ImportedModel model = corpus("sample_invalid_model_index.md");

            assertThat(model.warnings()).hasSize(1);
            InputProblem warning = model.warnings().get(0);
            assertThat(warning.location()).isEqualTo(new SourceLocation("huggingface/sample_invalid_model_index.md",
                    15, 5, "/model-index/0/results/0"));
            assertThat(warning.describe()).isEqualTo("huggingface/sample_invalid_model_index.md:15:5:"
                    + " at /model-index/0/results/0: found a result with no dataset, expected a dataset with type and"
                    + " name (the Hub ignores a model-index whose results have none); its metrics are read without a"
                    + " dataset");
            // The rest of the card is read, and the metric too, without a dataset.
            assertThat(at(model, "/name").asText()).isEqualTo("my-cool-model");
            assertThat(at(model, "/license").asText()).isEqualTo("mit");
            assertThat(at(model, "/datasets").size()).isEqualTo(1);
            assertThat(at(model, "/extensions/huggingface/library_name").asText()).isEqualTo("timm");
            assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value,
                    MetricResult::dataset, r -> r.source().line()).containsExactly(tuple("acc", 0.9, null, 18));
            assertThat(model.documentation()).extracting(DocumentationSection::title)
                    .containsExactly("Invalid Model Index");
        }

        @Test
        void sampleInvalidCardDataIsRejectedAtTheLineOfTheList() {
            List<InputProblem> problems = corpusProblems("sample_invalid_card_data.md");

            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).describe()).isEqualTo("huggingface/sample_invalid_card_data.md:2:1:"
                    + " found a front matter that is a YAML list ([]), expected a YAML mapping of card fields, such as"
                    + " license, tags, datasets and model-index, between the two --- lines");
        }

        @Test
        void sampleNoMetadataGivesItsNameAndSectionsOnly() {
            ImportedModel model = corpus("sample_no_metadata.md");

            assertThat(model.metadata().root().fieldNames()).toIterable().containsExactly("name");
            assertThat(at(model, "/name").asText()).isEqualTo("MyCoolModel");
            assertThat(line(model, "/name")).isEqualTo(1);
            assertThat(model.documentation()).singleElement().satisfies(section -> {
                assertThat(section.title()).isEqualTo("MyCoolModel");
                assertThat(section.text()).startsWith("In this example, we don't have any metadata")
                        .endsWith("should be instantiated as empty.");
                assertThat(section.source().line()).isEqualTo(1);
            });
            assertThat(model.warnings()).isEmpty();
            assertThat(model.describesModel()).isTrue();
        }

        @Test
        void sampleWindowsLineBreaksIsLocatedLineByLine() {
            ImportedModel model = corpus("sample_windows_line_breaks.md");

            assertThat(at(model, "/license").asText()).isEqualTo("mit");
            assertThat(line(model, "/license")).isEqualTo(2);
            assertThat(at(model, "/extensions/huggingface/language").asText()).isEqualTo("eo");
            assertThat(line(model, "/extensions/huggingface/thumbnail")).isEqualTo(4);
            assertThat(at(model, "/extensions/huggingface/widget/2/text").asText())
                    .isEqualTo("Jen finiĝas bela <mask>.");
            assertThat(model.metadata().locate("/extensions/huggingface/widget/2/text"))
                    .extracting(SourceLocation::line, SourceLocation::column).containsExactly(8, 3);
            assertThat(at(model, "/name").asText()).isEqualTo("Hello old Windows line breaks");
            assertThat(line(model, "/name")).isEqualTo(11);
            assertThat(model.documentation()).extracting(DocumentationSection::title, DocumentationSection::text)
                    .containsExactly(tuple("Hello old Windows line breaks", ""));
            assertThat(model.warnings()).isEmpty();
        }

        @Test
        void everyCorpusFileIsReadOrRejectedWithALocatedProblem() {
            for (Path file : Corpus.folder("huggingface")) {
                String name = file.getFileName().toString();
                try {
                    ImportedModel model = corpus(name);
                    assertThat(model.metadata().root().path("name").asText()).as(name).isNotBlank();
                } catch (InvalidInputException e) {
                    assertThat(e.problems()).as(name).allSatisfy(problem -> {
                        assertThat(problem.location().file()).isEqualTo("huggingface/" + name);
                        assertThat(problem.location().line()).isPositive();
                    });
                }
            }
        }
    }

    /** Cards written for one behaviour each, in a model folder of a temporary project. */
    @Nested
    class MessyCards {

        @TempDir
        Path project;

        private Path folder(String name) throws IOException {
            return Files.createDirectories(project.resolve("models").resolve(name));
        }

        private ImportedModel card(String folderName, String text) throws IOException {
            Path folder = folder(folderName);
            Path file = Files.writeString(folder.resolve("README.md"), text);
            return importer.read(new SourceFile(file, "models/" + folderName + "/README.md"),
                    ImportContext.of(project, folder));
        }

        private List<InputProblem> rejected(String text) throws IOException {
            List<InputProblem> problems = new java.util.ArrayList<>();
            assertThatThrownBy(() -> card("broken", text)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> problems.addAll(e.problems()));
            return problems;
        }

        @Test
        void percentagesSpreadsAndTextNumbersAreRead() throws IOException {
            ImportedModel model = card("ppo-lunar", """
                    ---
                    model-index:
                    - name: ppo-LunarLander-v2
                      results:
                      - task: {type: reinforcement-learning}
                        dataset: {name: LunarLander-v2, type: LunarLander-v2}
                        metrics:
                        - {type: mean_reward, value: 286.26 +/- 16.68}
                        - {type: accuracy, value: "25.59%"}
                        - {type: win_rate, value: "85.3% ± 1.2%"}
                        - {type: loss, value: "0.125"}
                        - {type: perplexity, value: 12}
                    ---
                    """);

            assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value,
                    MetricResult::confidenceInterval).containsExactly(
                    tuple("mean_reward", 286.26, new ConfidenceInterval(269.58, 302.94, null)),
                    tuple("accuracy", 0.2559, null),
                    tuple("win_rate", 0.853, new ConfidenceInterval(0.841, 0.865, null)),
                    tuple("loss", 0.125, null),
                    tuple("perplexity", 12.0, null));
            assertThat(model.warnings()).isEmpty();
            // The values as written stay in the card's model-index.
            JsonNode metrics = at(model, "/extensions/huggingface/model-index/0/results/0/metrics");
            assertThat(metrics.get(0).path("value").asText()).isEqualTo("286.26 +/- 16.68");
            assertThat(metrics.get(1).path("value").asText()).isEqualTo("25.59%");
        }

        @Test
        void valuesThatAreNoNumberAreWarningsAtTheirLineAndTheOthersAreRead() throws IOException {
            ImportedModel model = card("messy", """
                    ---
                    model-index:
                    - name: messy
                      results:
                      - task:
                          type: text-classification
                        dataset:
                          name: GLUE SST-2
                          type: glue
                          args: sst2
                        metrics:
                        - type: accuracy
                          value: null
                        - type: f1
                          value: {macro: 0.8, micro: 0.85}
                        - type: recall
                          value: [0.7, 0.8]
                        - type: precision
                          value: N/A
                        - type: roc_auc
                          value: 0.91
                        - value: 0.5
                        - type: bleu
                        - type: exact_match
                          value: NaN
                      - dataset: {type: imdb, split: validation}
                        metrics:
                        - {type: accuracy, value: 0.88}
                      - just a text
                    ---
                    """);

            assertThat(model.evaluations()).extracting(MetricResult::metric, MetricResult::value, MetricResult::dataset)
                    .containsExactly(tuple("roc_auc", 0.91, "GLUE SST-2"), tuple("accuracy", 0.88, "imdb"));
            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly(
                    "models/messy/README.md:13:14: at /model-index/0/results/0/metrics/0/value: found the value of"
                            + " accuracy null, expected a number, a percentage such as 25.59% or a value with its"
                            + " spread such as 286.26 +/- 16.68; kept as written under extensions.huggingface.model-index",
                    "models/messy/README.md:15:14: at /model-index/0/results/0/metrics/1/value: found the value of"
                            + " f1 a mapping, expected a number, a percentage such as 25.59% or a value with its"
                            + " spread such as 286.26 +/- 16.68; kept as written under extensions.huggingface.model-index",
                    "models/messy/README.md:17:14: at /model-index/0/results/0/metrics/2/value: found the value of"
                            + " recall a list, expected a number, a percentage such as 25.59% or a value with its"
                            + " spread such as 286.26 +/- 16.68; kept as written under extensions.huggingface.model-index",
                    "models/messy/README.md:19:14: at /model-index/0/results/0/metrics/3/value: found the value of"
                            + " precision 'N/A', expected a number, a percentage such as 25.59% or a value with its"
                            + " spread such as 286.26 +/- 16.68; kept as written under extensions.huggingface.model-index",
                    "models/messy/README.md:22:7: at /model-index/0/results/0/metrics/5: found a metric with"
                            + " neither type nor name, expected a metric type such as accuracy",
                    "models/messy/README.md:23:7: at /model-index/0/results/0/metrics/6: found the value of bleu:"
                            + " none, expected a number, a percentage such as 25.59% or a value with its spread such as"
                            + " 286.26 +/- 16.68; kept as written under extensions.huggingface.model-index",
                    "models/messy/README.md:25:14: at /model-index/0/results/0/metrics/7/value: found the value of"
                            + " exact_match 'NaN', expected a number, a percentage such as 25.59% or a value with its"
                            + " spread such as 286.26 +/- 16.68; kept as written under extensions.huggingface.model-index",
                    "models/messy/README.md:29:5: at /model-index/0/results/2: found a result that is 'just a text',"
                            + " expected a mapping with task, dataset and metrics");
            // A plain args value is kept as written; the validation split is a validation dataset.
            assertThat(at(model, "/extensions/huggingface/model-index/0/results/0/dataset/args").asText())
                    .isEqualTo("sst2");
            assertThat(at(model, "/datasets")).extracting(d -> d.path("name").asText(), d -> d.path("role").asText())
                    .containsExactly(tuple("GLUE SST-2", "test"), tuple("imdb", "validation"));
            assertThat(at(model, "/extensions/huggingface/model-index/0/results/0/metrics/0/value").isNull()).isTrue();
        }

        @Test
        void aModelIndexOfTheWrongShapeIsAWarningAndTheRestIsRead() throws IOException {
            ImportedModel model = card("shapes", """
                    ---
                    license: apache-2.0
                    model-index:
                      name: shapes
                      results: []
                    ---
                    # Shapes
                    """);

            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly(
                    "models/shapes/README.md:4:3: at /model-index: found a model-index that is a mapping, expected"
                            + " a list of models, each with a name and results; kept as written under"
                            + " extensions.huggingface");
            assertThat(at(model, "/license").asText()).isEqualTo("apache-2.0");
            assertThat(at(model, "/name").asText()).isEqualTo("Shapes");
            assertThat(at(model, "/extensions/huggingface/model-index/name").asText()).isEqualTo("shapes");
        }

        @Test
        void ofSeveralModelsTheOneNamedLikeTheFolderIsReadAndTheOthersAreAWarning() throws IOException {
            ImportedModel model = card("distilbert-sst2", """
                    ---
                    model-index:
                    - name: bert-sst2
                      results:
                      - dataset: {name: SST-2, type: glue}
                        metrics: [{type: accuracy, value: 0.93}]
                    - name: someone/distilbert-sst2
                      results:
                      - dataset: {name: SST-2, type: glue}
                        metrics: [{type: accuracy, value: 0.91}]
                    ---
                    """);

            assertThat(at(model, "/name").asText()).isEqualTo("someone/distilbert-sst2");
            assertThat(model.evaluations()).extracting(MetricResult::value).containsExactly(0.91);
            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly(
                    "models/distilbert-sst2/README.md:2:1: at /model-index: found 2 models in model-index; the"
                            + " results of entry 1 ('someone/distilbert-sst2') were read, expected one model per card"
                            + " (the entry named like the model folder distilbert-sst2, or the first); the others are"
                            + " kept as written under extensions.huggingface.model-index");
        }

        @Test
        void theModelopsBlockIsMergedOverTheMappedFieldsAndLocatedInIt() throws IOException {
            ImportedModel model = card("sentiment", """
                    ---
                    license: apache-2.0
                    datasets:
                    - imdb
                    modelops:
                      version: "1.4.0"
                      riskTier: medium
                      license: internal-use-only
                      people:
                        - {name: Dana Whitfield, email: dana@example.com, role: owner}
                      datasets:
                        - {name: imdb, role: training, lineageRef: imdb-2024}
                      extensions:
                        inventoryNumber: MRM-2026-0042
                    tags: [text-classification]
                    ---
                    # Sentiment
                    """);

            JsonNode root = model.metadata().root();
            assertThat(root.path("version").asText()).isEqualTo("1.4.0");
            assertThat(root.path("riskTier").asText()).isEqualTo("medium");
            assertThat(root.path("license").asText()).isEqualTo("internal-use-only");
            assertThat(root.at("/people/0/email").asText()).isEqualTo("dana@example.com");
            assertThat(root.path("datasets")).hasSize(1);
            assertThat(root.at("/datasets/0/lineageRef").asText()).isEqualTo("imdb-2024");
            assertThat(root.at("/extensions/inventoryNumber").asText()).isEqualTo("MRM-2026-0042");
            assertThat(root.at("/extensions/huggingface/tags/0").asText()).isEqualTo("text-classification");
            assertThat(root.at("/extensions/huggingface").has("modelops")).isFalse();
            assertThat(line(model, "/version")).isEqualTo(6);
            assertThat(line(model, "/license")).isEqualTo(8);
            assertThat(line(model, "/people/0/email")).isEqualTo(10);
            assertThat(line(model, "/datasets/0/lineageRef")).isEqualTo(12);
            assertThat(model.metadata().locations().get("/datasets/0/role").line()).isEqualTo(12);
            assertThat(line(model, "/extensions/inventoryNumber")).isEqualTo(14);
            assertThat(line(model, "/extensions/huggingface/tags")).isEqualTo(15);
            assertThat(model.warnings()).isEmpty();
        }

        @Test
        void aModelopsBlockThatIsNoMappingIsAWarningAndKeptAsWritten() throws IOException {
            ImportedModel model = card("odd", """
                    ---
                    modelops: [version 1]
                    ---
                    """);

            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly(
                    "models/odd/README.md:2:11: at /modelops: found a list as the modelops block, expected a mapping"
                            + " of model.yaml fields (owners, riskTier, version ...); kept as written under"
                            + " extensions.huggingface.modelops");
            assertThat(at(model, "/extensions/huggingface/modelops/0").asText()).isEqualTo("version 1");
            assertThat(at(model, "/name").asText()).isEqualTo("odd");
        }

        @Test
        void theBaseModelFeedsTheArtifactInTheLineage() throws IOException {
            ImportedModel model = card("merged", """
                    ---
                    base_model:
                    - mistralai/Mistral-7B-v0.1
                    - ./checkpoints/local base
                    - 42
                    base_model_relation: merge
                    ---
                    """);

            assertThat(model.lineage().lineage().datasets()).extracting(LineageDataset::id, LineageDataset::source)
                    .containsExactly(tuple("mistralai/Mistral-7B-v0.1", "https://huggingface.co/mistralai/Mistral-7B-v0.1"),
                            tuple("./checkpoints/local base", null));
            assertThat(model.lineage().lineage().edges()).containsExactly(
                    new LineageEdge("mistralai/Mistral-7B-v0.1", "model-artifact"),
                    new LineageEdge("./checkpoints/local base", "model-artifact"));
            assertThat(model.lineage().locate("/datasets/1").line()).isEqualTo(4);
            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly(
                    "models/merged/README.md:5:3: at /base_model/2: found the base model 42, expected a model id"
                            + " such as google-bert/bert-base-uncased");
            assertThat(at(model, "/extensions/huggingface/base_model")).hasSize(3);
            assertThat(at(model, "/extensions/huggingface/base_model_relation").asText()).isEqualTo("merge");
        }

        @Test
        void wellKnownSectionsGiveTheNativeFieldsButNotTheTemplatePlaceholders() throws IOException {
            ImportedModel model = card("template", """
                    ---
                    pipeline_tag: text-classification
                    ---
                    # Model Card for Template

                    <!-- Provide a quick summary of what the model is/does. -->

                    ## Model Details

                    ### Model Description

                    <!-- Provide a longer summary of what this model is. -->

                    Classifies customer complaints by product line.

                    ## Uses

                    <!-- Address questions around how the model is intended to be used. -->

                    ### Direct Use

                    Routing complaints to the right team.

                    ### Downstream Use [optional]

                    [More Information Needed]

                    ### Out-of-Scope Use

                    [More Information Needed]

                    ## Bias, Risks, and Limitations

                    Trained on English complaints only.

                    ## How to Get Started with the Model

                    ```python
                    # Load the model
                    from transformers import pipeline
                    ## not a heading either
                    ```

                    Limitations
                    -----------

                    Second thoughts, underlined.
                    """);

            JsonNode root = model.metadata().root();
            assertThat(root.path("name").asText()).isEqualTo("Model Card for Template");
            assertThat(root.path("task").asText()).isEqualTo("text-classification");
            assertThat(root.path("description").asText()).isEqualTo("Classifies customer complaints by product line.");
            assertThat(root.path("intendedUse").asText()).isEqualTo("Routing complaints to the right team.");
            assertThat(root.has("outOfScopeUses")).isFalse();
            assertThat(root.path("limitations")).extracting(JsonNode::asText)
                    .containsExactly("Trained on English complaints only.");
            assertThat(line(model, "/intendedUse")).isEqualTo(20);
            assertThat(model.metadata().locateValue("/intendedUse").line()).isEqualTo(22);
            assertThat(line(model, "/limitations/0")).isEqualTo(34);

            assertThat(model.documentation()).extracting(DocumentationSection::title, s -> s.source().line())
                    .containsExactly(tuple("Model Card for Template", 4), tuple("Model Details", 8),
                            tuple("Model Description", 10), tuple("Uses", 16), tuple("Direct Use", 20),
                            tuple("Downstream Use [optional]", 24), tuple("Out-of-Scope Use", 28),
                            tuple("Bias, Risks, and Limitations", 32), tuple("How to Get Started with the Model", 36),
                            tuple("Limitations", 44));
            // Sections keep their text as written, comments and code included.
            assertThat(model.documentation().get(2).text()).isEqualTo("""
                    <!-- Provide a longer summary of what this model is. -->

                    Classifies customer complaints by product line.""");
            assertThat(model.documentation().get(8).text()).contains("# Load the model", "## not a heading either");
            assertThat(model.documentation().get(9).text()).isEqualTo("Second thoughts, underlined.");
        }

        @Test
        void frontMatterThatIsNoYamlIsRejectedAtItsLine() throws IOException {
            List<InputProblem> problems = rejected("""
                    ---
                    license: mit
                    tags: [a, b
                    language: en
                    ---
                    # Broken
                    """);

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location().file()).isEqualTo("models/broken/README.md");
                assertThat(problem.location().line()).isBetween(3, 5);
                assertThat(problem.found()).startsWith("in the front matter, malformed YAML");
            });
        }

        @Test
        void aDuplicateKeyIsRejectedAtTheSecondOne() throws IOException {
            List<InputProblem> problems = rejected("---\r\nlicense: mit\r\ntags: [a]\r\nlicense: apache-2.0\r\n---\r\n");

            assertThat(problems).extracting(InputProblem::describe).containsExactly(
                    "models/broken/README.md:4:1: at /license: in the front matter, the key 'license' appears a"
                            + " second time (first on line 2), expected each key once");
        }

        @Test
        void aFrontMatterThatIsNeverClosedIsRejected() throws IOException {
            List<InputProblem> problems = rejected("\n---\nlicense: mit\n# Title\n");

            assertThat(problems).extracting(InputProblem::describe).containsExactly(
                    "models/broken/README.md:2:1: found a front matter opened by the '---' on line 2 that no '---'"
                            + " line closes, expected the card's YAML metadata between two '---' lines, then the"
                            + " Markdown");
        }

        @Test
        void anEmptyFrontMatterAndAByteOrderMarkAreFine() throws IOException {
            ImportedModel model = card("empty", "\uFEFF---\n# only a comment\n---\n\nIntro text.\n\n# Empty\n");

            assertThat(model.metadata().root().fieldNames()).toIterable().containsExactly("name");
            assertThat(at(model, "/name").asText()).isEqualTo("Empty");
            assertThat(model.documentation()).extracting(DocumentationSection::title, DocumentationSection::text,
                    s -> s.source().line()).containsExactly(tuple("", "Intro text.", 4), tuple("Empty", "", 7));
        }

        @Test
        void aLicenceOrDatasetsOfTheWrongShapeAreWarningsAndKeptAsWritten() throws IOException {
            ImportedModel model = card("shapes", """
                    ---
                    license: [mit, apache-2.0]
                    datasets:
                    - squad
                    - {name: internal}
                    ---
                    """);

            assertThat(model.metadata().root().has("license")).isFalse();
            assertThat(at(model, "/extensions/huggingface/license")).hasSize(2);
            assertThat(at(model, "/datasets")).extracting(d -> d.path("name").asText()).containsExactly("squad");
            assertThat(at(model, "/extensions/huggingface/datasets/1/name").asText()).isEqualTo("internal");
            assertThat(model.warnings()).extracting(problem -> problem.location().line()).containsExactly(2, 5);
        }

        @Test
        void anOtherLicenceIsTheLicenceItsNameNames() throws IOException {
            ImportedModel model = card("llama-tuned", """
                    ---
                    license: other
                    license_name: llama3
                    license_link: LICENSE
                    ---
                    """);

            assertThat(at(model, "/license").asText()).isEqualTo("llama3");
            assertThat(line(model, "/license")).isEqualTo(3);
            assertThat(at(model, "/extensions/huggingface/license").asText()).isEqualTo("other");
            assertThat(line(model, "/extensions/huggingface/license")).isEqualTo(2);
            assertThat(at(model, "/extensions/huggingface/license_name").asText()).isEqualTo("llama3");
            assertThat(at(model, "/extensions/huggingface/license_link").asText()).isEqualTo("LICENSE");
        }

        @Test
        void readsOnlyAReadmeDirectlyInTheModelFolder() throws IOException {
            Path folder = folder("any");
            ImportContext context = ImportContext.of(project, folder);

            assertThat(importer.canRead(folder.resolve("README.md"), context)).isTrue();
            assertThat(importer.canRead(folder.resolve("readme.md"), context)).isTrue();
            assertThat(importer.canRead(folder.resolve("docs/README.md"), context)).isFalse();
            assertThat(importer.canRead(folder.resolve("model-card.md"), context)).isFalse();
            assertThat(importer.canRead(folder.resolve("README.md.bak"), context)).isFalse();
            assertThat(importer.name()).isEqualTo("huggingface");
        }
    }
}
