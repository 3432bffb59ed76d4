package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static dev.modelops.load.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelInventoryLoaderTest {

    @Nested
    class CompleteProject {
        private final Path base = project("complete");
        private final List<GovernedModel> models = new ModelInventoryLoader(base).load(base.resolve("src/main/models"));

        private GovernedModel creditScoring() {
            return models.get(1);
        }

        @Test
        void modelsAreSortedByIdAndHiddenFoldersAreSkipped() {
            assertThat(models).extracting(GovernedModel::id).containsExactly("churn", "credit-scoring");
        }

        @Test
        void metadataIsBound() {
            ModelMetadata metadata = creditScoring().metadata();
            assertThat(metadata.name()).isEqualTo("Retail credit default scorer");
            assertThat(metadata.version()).isEqualTo("3.2.0");
            assertThat(metadata.riskTier()).isEqualTo("high");
            assertThat(metadata.status()).isEqualTo("production");
            assertThat(metadata.people()).extracting("name", "role", "organization").containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Dana Whitfield", "owner", "Retail Credit Risk"),
                    org.assertj.core.groups.Tuple.tuple("Priya Raman", "validator", null));
            assertThat(metadata.outOfScopeUses()).containsExactly("Employment screening");
            assertThat(metadata.datasets().get(0).lineageRef()).isEqualTo("loan-applications-2024q4");
            assertThat(metadata.artifact().sha256()).hasSize(64);
            assertThat(metadata.approvals().get(0).date()).isEqualTo(LocalDate.of(2026, 9, 14));
            assertThat(metadata.approvals().get(0).decision()).isEqualTo("approved");
            assertThat(metadata.monitoring().frequency()).isEqualTo("P30D");
            assertThat(metadata.monitoring().metrics()).containsExactly("auc", "psi");
        }

        @Test
        void markupInTextsIsKeptVerbatimForTheRendererToEscape() {
            assertThat(creditScoring().metadata().description()).endsWith("<script>alert(1)</script>");
        }

        @Test
        void extensionsAreSortedPlainValues() {
            Map<String, Object> extensions = creditScoring().metadata().extensions();
            assertThat(extensions).containsOnlyKeys("alpha", "reviewed", "zeta");
            assertThat(extensions.keySet()).containsExactly("alpha", "reviewed", "zeta");
            assertThat(extensions.get("reviewed")).isEqualTo("2026-10-01");
            @SuppressWarnings("unchecked")
            Map<String, Object> alpha = (Map<String, Object>) extensions.get("alpha");
            assertThat(alpha.keySet()).containsExactly("list", "nested");
            assertThat(alpha.get("nested")).isEqualTo(true);
            assertThat(alpha.get("list")).isEqualTo(List.of(1, 2.5, "x"));
        }

        @Test
        void evaluationsFromJsonAndCsvKeepTheirOrderAndLocations() {
            List<MetricResult> results = creditScoring().evaluations();
            assertThat(results).hasSize(5);
            String json = "src/main/models/credit-scoring/evaluations/holdout-2026q3.json";
            String csv = "src/main/models/credit-scoring/evaluations/slices-2026q3.csv";

            MetricResult overall = results.get(0);
            assertThat(overall.metric()).isEqualTo("auc");
            assertThat(overall.value()).isEqualTo(0.812);
            assertThat(overall.slice()).isEmpty();
            assertThat(overall.dataset()).isEqualTo("holdout-2026q3");
            assertThat(overall.date()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(overall.threshold()).isEqualTo(new Threshold(0.75, null));
            assertThat(overall.confidenceInterval()).isEqualTo(new ConfidenceInterval(0.801, 0.823, 0.95));
            assertThat(overall.source()).isEqualTo(new SourceLocation(json, 5, 5, "/results/0"));

            assertThat(results.get(1).slice()).containsExactly(Map.entry("age_band", "18-25"), Map.entry("first_time", "true"));
            assertThat(results.get(1).source().line()).isEqualTo(7);
            assertThat(results.get(2).dataset()).isEqualTo("oot-2026q2");
            assertThat(results.get(2).date()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(results.get(2).threshold()).isEqualTo(new Threshold(null, 0.10));

            assertThat(results.get(3).source()).isEqualTo(new SourceLocation(csv, 2, 0, ""));
            assertThat(results.get(3).confidenceInterval()).isEqualTo(new ConfidenceInterval(0.748, 0.794, 0.95));
            assertThat(results.get(4).slice()).containsExactly(Map.entry("age_band", "26-40"), Map.entry("region", "north"));
            assertThat(results.get(4).source().line()).isEqualTo(3);
        }

        @Test
        void lineageIsRead() {
            var lineage = creditScoring().lineage();
            assertThat(lineage.datasets()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo("loan-applications-2024q4");
                assertThat(d.pii()).isEqualTo("personal");
                assertThat(d.version()).isEqualTo("2024-12-31");
            });
            assertThat(lineage.jobs()).singleElement().satisfies(j -> assertThat(j.type()).isEqualTo("training"));
            assertThat(lineage.edges()).containsExactly(new LineageEdge("loan-applications-2024q4", "train-2026q3"),
                    new LineageEdge("train-2026q3", "model-artifact"));
        }

        @Test
        void inputsListEveryFileReadWithItsDigest() {
            String folder = "src/main/models/credit-scoring/";
            assertThat(creditScoring().inputs()).extracting(InputFile::path, InputFile::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(folder + "model.yaml", "model"),
                    org.assertj.core.groups.Tuple.tuple(folder + "evaluations/holdout-2026q3.json", "evaluation"),
                    org.assertj.core.groups.Tuple.tuple(folder + "evaluations/slices-2026q3.csv", "evaluation"),
                    org.assertj.core.groups.Tuple.tuple(folder + "lineage.yaml", "lineage"));
            assertThat(creditScoring().inputs().get(0).sha256())
                    .isEqualTo(ProjectFiles.sha256(base.resolve(folder + "model.yaml")));
        }

        @Test
        void fieldLocationsPointIntoTheModelFile() {
            assertThat(creditScoring().metadataFile()).isEqualTo(SourceLocation.of("src/main/models/credit-scoring/model.yaml"));
            assertThat(creditScoring().locate("/riskTier").line()).isEqualTo(9);
            assertThat(creditScoring().locate("/people/1/role").line()).isEqualTo(14);
            assertThat(creditScoring().locate("/nothing/here")).isEqualTo(creditScoring().metadataFile());
        }

        @Test
        void defaultsFindEvaluationsRecursivelyInPathOrderAndTheDefaultLineageFile() {
            GovernedModel churn = models.get(0);
            assertThat(churn.metadata().riskTier()).isEqualTo("low");
            assertThat(churn.inputs()).extracting(InputFile::path).containsExactly(
                    "src/main/models/churn/model.json",
                    "src/main/models/churn/evaluations/2026/q1.csv",
                    "src/main/models/churn/evaluations/2026/q2.json",
                    "src/main/models/churn/lineage.json");
            assertThat(churn.evaluations()).extracting(MetricResult::value).containsExactly(0.91, 0.93);
            assertThat(churn.lineage().datasets()).extracting("pii").containsExactly("pseudonymized");
        }
    }

    @Test
    void duplicateModelIdsNameBothFilesAndLines() {
        Path base = project("duplicate-model-id");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")))).containsExactly(
                "models/churn-v2/model.json:2:9: at /id: the model id 'churn', already declared at "
                        + "models/churn-v1/model.yaml:1:5, expected an id unique in the project");
    }

    @Test
    void malformedYamlIsReportedAtItsLine() {
        Path base = project("malformed-yaml");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models"))))
                .singleElement().asString()
                .startsWith("models/broken/model.yaml:6:")
                .contains("malformed YAML", "expected well-formed YAML");
    }

    @Test
    void malformedJsonIsReportedAtItsLine() {
        Path base = project("malformed-json");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models"))))
                .singleElement().asString()
                .startsWith("models/broken/model.json:5:1: malformed JSON")
                .endsWith("expected well-formed JSON");
    }

    @Test
    void nonNumericCsvValueIsReportedAtItsCell() {
        Path base = project("csv-non-numeric-value");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")))).containsExactly(
                "models/scorer/evaluations/results.csv:3:5: found 'abc' in column value, "
                        + "expected a number, such as 0.812 (with a '.' as decimal separator)");
    }

    @Test
    void aListedEvaluationFileThatDoesNotExistIsReportedAtItsEntry() {
        Path base = project("listed-evaluation-missing");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")))).containsExactly(
                "models/scorer/model.yaml:6:5: at /evaluationFiles/1: evaluations/x.json does not exist "
                        + "(looked for models/scorer/evaluations/x.json), expected a file relative to the model folder models/scorer");
    }

    @Test
    void listedPathsMayNotLeaveTheModelFolder() {
        Path base = project("path-escapes-folder");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")))).containsExactly(
                "models/scorer/model.yaml:5:5: at /evaluationFiles/0: found '../other/evaluations/results.json', "
                        + "which leads out of the model folder, expected a file relative to the model folder models/scorer",
                "models/scorer/model.yaml:6:5: at /evaluationFiles/1: found '/etc/passwd', an absolute path, "
                        + "expected a file relative to the model folder models/scorer",
                "models/scorer/model.yaml:7:16: at /lineageFiles/0: found '..\\other\\lineage.yaml', a path with backslashes, "
                        + "expected a path with forward slashes, such as evaluations/holdout.json, so it works on every OS");
    }

    @Test
    void aSymlinkOutOfTheProjectIsRefused(@TempDir Path temp) throws IOException {
        Path outside = Files.writeString(temp.resolve("secret.json"), "{\"results\": []}");
        Path base = Files.createDirectories(temp.resolve("project"));
        Path folder = Files.createDirectories(base.resolve("models/scorer/evaluations"));
        Files.writeString(folder.resolveSibling("model.yaml"), "id: scorer\nname: Scorer\nversion: '1'\n");
        try {
            Files.createSymbolicLink(folder.resolve("stolen.json"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not supported here").isTrue();
        }
        List<String> problems = problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")));
        assertThat(problems).singleElement().asString()
                .startsWith("models/scorer/evaluations/stolen.json: 'models/scorer/evaluations/stolen.json' is a link to ")
                .endsWith("secret.json, outside the project, expected a path inside the project folder " + base.toString().replace('\\', '/'));
    }

    @Test
    void aListedSymlinkOutOfTheProjectIsRefusedAtItsEntry(@TempDir Path temp) throws IOException {
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("lineage.yaml"), "datasets: []\n");
        Path base = Files.createDirectories(temp.resolve("project"));
        Path folder = Files.createDirectories(base.resolve("models/scorer"));
        Files.writeString(folder.resolve("model.yaml"), "id: scorer\nname: Scorer\nversion: '1'\nlineageFiles: [shared/lineage.yaml]\n");
        try {
            Files.createSymbolicLink(folder.resolve("shared"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not supported here").isTrue();
        }
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models"))))
                .singleElement().asString()
                .startsWith("models/scorer/model.yaml:4:16: at /lineageFiles/0: 'models/scorer/shared/lineage.yaml' is a link to ")
                .contains("outside the project");
    }

    @Test
    void aSymlinkInsideTheProjectIsFollowed(@TempDir Path base) throws IOException {
        Path shared = Files.createDirectories(base.resolve("shared"));
        Files.writeString(shared.resolve("holdout.json"), "{\"results\": [{\"metric\": \"auc\", \"value\": 0.8}]}");
        Path folder = Files.createDirectories(base.resolve("models/scorer"));
        Files.writeString(folder.resolve("model.yaml"), "id: scorer\nname: Scorer\nversion: '1'\n");
        try {
            Files.createSymbolicLink(folder.resolve("evaluations"), shared);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not supported here").isTrue();
        }
        GovernedModel model = new ModelInventoryLoader(base).load(base.resolve("models")).get(0);
        assertThat(model.evaluations()).extracting(MetricResult::value).containsExactly(0.8);
        assertThat(model.inputs()).extracting(InputFile::path).contains("models/scorer/evaluations/holdout.json");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        Path base = project("many-problems");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")))).containsExactly(
                "models/a-first/model.yaml:4:11: at /riskTier: found 'extreme', expected one of low, medium, high, critical",
                "models/a-first/evaluations/holdout.json:1:14: at /results/0: the required property 'value' is missing, "
                        + "expected a value for 'value' (The measured value)",
                "models/a-first/lineage.yaml:4:12: at /edges/0/from: an edge from 'd2', which is not a dataset or job of "
                        + "this model (did you mean 'd1'?), expected the id of a dataset or job in the model's lineage files, "
                        + "or model-artifact",
                "models/b-second/model.yaml:1:1: the required property 'name' is missing, "
                        + "expected a value for 'name' (Human-readable name of the model, shown as the title of its model card)");
    }

    @Test
    void aFolderWithoutModelFileIsAProblem() {
        Path base = project("no-model-file");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base, List.of()).load(base.resolve("models")))).containsExactly(
                "models/orphan: no model.yaml in folder models/orphan, "
                        + "expected exactly one of model.yaml, model.yml or model.json in each model folder");
    }

    @Test
    void aFolderWithTwoModelFilesIsAProblem() {
        Path base = project("two-model-files");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")))).containsExactly(
                "models/dual: several model files in folder models/dual: model.yaml, model.json, "
                        + "expected exactly one of model.yaml, model.yml or model.json in each model folder");
    }

    @Test
    void aMissingModelsDirectoryIsAProblemNamingIt(@TempDir Path base) {
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("src/main/models")))).containsExactly(
                "src/main/models: the models directory src/main/models does not exist, expected a folder with one "
                        + "sub-folder per model, each holding a model.yaml "
                        + "(the models directory is set with the modelops.modelsDirectory parameter)");
    }

    @Test
    void anEmptyModelsDirectoryGivesNoModels(@TempDir Path base) throws IOException {
        Path models = Files.createDirectories(base.resolve("src/main/models"));
        Files.createDirectories(models.resolve(".git-keep-me"));
        Files.writeString(models.resolve("README.md"), "Models live in sub-folders.");
        assertThat(new ModelInventoryLoader(base).load(models)).isEmpty();
    }

    @Test
    void aModelFileDirectlyInTheModelsDirectoryIsAProblem(@TempDir Path base) throws IOException {
        Path models = Files.createDirectories(base.resolve("models"));
        Files.writeString(models.resolve("model.yaml"), "id: x\nname: X\nversion: '1'\n");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(models))).containsExactly(
                "models/model.yaml: a model file directly in the models directory models, "
                        + "expected each model in its own sub-folder, such as models/my-model/model.yaml");
    }

    @Test
    void aModelsDirectoryOutsideTheProjectIsRefused(@TempDir Path temp) throws IOException {
        Path base = Files.createDirectories(temp.resolve("project"));
        Path models = Files.createDirectories(temp.resolve("elsewhere/models"));
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(models))).singleElement().asString()
                .contains("is outside the project");
    }

    @Test
    void aListedFileInAnUnknownFormatIsAProblem(@TempDir Path base) throws IOException {
        Path folder = Files.createDirectories(base.resolve("models/m/evaluations"));
        Files.writeString(folder.resolve("results.xlsx"), "binary");
        Files.writeString(folder.resolveSibling("model.yaml"),
                "id: m\nname: M\nversion: '1'\nevaluationFiles: [evaluations/results.xlsx, evaluations]\n");
        assertThat(problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")))).containsExactly(
                "models/m/model.yaml:4:19: at /evaluationFiles/0: found 'evaluations/results.xlsx', a file in no format the "
                        + "plugin reads here, expected one of: JSON evaluation results (*.json), CSV evaluation results (*.csv)",
                "models/m/model.yaml:4:45: at /evaluationFiles/1: evaluations is a folder, not a file, "
                        + "expected a file relative to the model folder models/m");
    }

    @Test
    void severalListedLineageFilesAreMergedAndCheckedTogether(@TempDir Path base) throws IOException {
        Path folder = Files.createDirectories(base.resolve("models/m/lineage"));
        Files.writeString(folder.resolve("data.yaml"), "datasets:\n  - {id: raw}\n");
        Files.writeString(folder.resolve("jobs.json"),
                "{\"jobs\": [{\"id\": \"train\"}], \"edges\": [{\"from\": \"raw\", \"to\": \"train\"}]}");
        Files.writeString(folder.resolveSibling("model.yaml"),
                "id: m\nname: M\nversion: '1'\nlineageFiles: [lineage/data.yaml, lineage/jobs.json]\n");
        GovernedModel model = new ModelInventoryLoader(base).load(base.resolve("models")).get(0);
        assertThat(model.lineage().datasets()).extracting("id").containsExactly("raw");
        assertThat(model.lineage().jobs()).extracting("id").containsExactly("train");
        assertThat(model.lineage().edges()).containsExactly(new LineageEdge("raw", "train"));
    }

    @Test
    void anEmptyListOfEvaluationFilesMeansNoneEvenWithAnEvaluationsFolder(@TempDir Path base) throws IOException {
        Path folder = Files.createDirectories(base.resolve("models/m/evaluations"));
        Files.writeString(folder.resolve("old.json"), "{\"results\": [{\"metric\": \"auc\", \"value\": 0.5}]}");
        Files.writeString(folder.resolveSibling("model.yaml"), "id: m\nname: M\nversion: '1'\nevaluationFiles: []\n");
        assertThat(new ModelInventoryLoader(base).load(base.resolve("models")).get(0).evaluations()).isEmpty();
    }

    @Test
    void problemsOfManyFoldersComeInFolderOrderWhicheverThreadReadThem(@TempDir Path base) throws IOException {
        for (int i = 0; i < 60; i++) {
            Path folder = Files.createDirectories(base.resolve(String.format("models/m-%02d", i)));
            Files.writeString(folder.resolve("model.yaml"), "id: m-" + i + "\nname: M\nversion: '1'\nriskTier: wrong\n");
        }
        List<String> problems = problemsOf(() -> new ModelInventoryLoader(base).load(base.resolve("models")));
        assertThat(problems).hasSize(60);
        for (int i = 0; i < 60; i++) {
            assertThat(problems.get(i)).startsWith(String.format("models/m-%02d/model.yaml:4:11: at /riskTier: found 'wrong'", i));
        }
    }

    @Test
    void aForeignEvaluationFormatIsOneMoreReader(@TempDir Path base) throws IOException {
        Path folder = Files.createDirectories(base.resolve("models/m/evaluations"));
        Files.writeString(folder.resolveSibling("model.yaml"), "id: m\nname: M\nversion: '1'\n");
        Files.writeString(folder.resolve("tracker.tsv"), "auc\t0.9\n");
        Files.writeString(folder.resolve("native.json"), "{\"results\": [{\"metric\": \"auc\", \"value\": 0.8}]}");
        EvaluationReader tabSeparated = new EvaluationReader() {
            @Override
            public boolean canRead(Path file) {
                return file.toString().endsWith(".tsv");
            }

            @Override
            public List<MetricResult> read(SourceFile file) {
                String[] cells = file.text().strip().split("\t");
                return List.of(new MetricResult(cells[0], Double.parseDouble(cells[1]), null, null, null, null, null,
                        new SourceLocation(file.displayPath(), 1, 1, "")));
            }

            @Override
            public String formatDescription() {
                return "tab-separated metrics (*.tsv)";
            }
        };
        StructuredFileParser parser = new StructuredFileParser();
        dev.modelops.validate.SchemaValidator validator = new dev.modelops.validate.SchemaValidator();
        ModelInventoryLoader loader = new ModelInventoryLoader(base, new ModelMetadataReader(parser, validator),
                List.of(tabSeparated, new JsonEvaluationReader(parser, validator), new CsvEvaluationReader()),
                List.of(new NativeLineageReader(parser, validator)), List.of());
        GovernedModel model = loader.load(base.resolve("models")).get(0);
        assertThat(model.evaluations()).extracting(MetricResult::value).containsExactly(0.8, 0.9);
        assertThat(model.inputs()).extracting(InputFile::path, InputFile::kind).contains(
                org.assertj.core.groups.Tuple.tuple("models/m/evaluations/tracker.tsv", "evaluation"));
    }
}
