package dev.modelops.load.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.FileTrees;
import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.SourceFile;
import dev.modelops.model.DocumentationSection;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.LineageJob;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlflowImporterTest {

    private static final String RUN_ID = "3f2a9c1e8b7d4e6fa0c5b2d1e9f8a7b6";
    private static final String RUN = "src/main/models/churn/mlruns/412386457293844107/" + RUN_ID;

    private final MlflowImporter importer = new MlflowImporter();

    /** The MLmodel of an sklearn model saved by MLflow 1.30, from MLflow's own tests (shared corpus). */
    @Nested
    class CorpusModel {
        private final Path file = Corpus.file("mlflow/MLmodel-sklearn-1x");
        private final Path folder = file.getParent();
        private final ImportContext context = ImportContext.of(folder, folder);
        private final ImportedModel model = importer.read(new SourceFile(file, "MLmodel-sklearn-1x"), context);

        @Test
        void isNotTakenByNameSinceOnlyMLmodelIsAnMlflowModelFile() {
            assertThat(importer.canRead(file, context)).isFalse();
        }

        @Test
        void theModelFileItNamesIsTheArtifact() {
            assertThat(model.metadata().root().at("/artifact/path").asText()).isEqualTo("model.pkl");
            assertThat(model.metadata().root().at("/artifact/format").asText()).isEqualTo("cloudpickle");
            assertThat(model.metadata().locateValue("/artifact/path"))
                    .isEqualTo(new SourceLocation("MLmodel-sklearn-1x", 5, 17, "/artifact/path"));
        }

        @Test
        void everythingElseIsKeptAsWrittenUnderExtensions() {
            var mlflow = model.metadata().root().at("/extensions/mlflow/model");
            assertThat(mlflow.get("mlflow_version").asText()).isEqualTo("1.30.1");
            assertThat(mlflow.get("model_uuid").asText()).isEqualTo("4d622e7b02614d1eb71f44eeb927be4f");
            assertThat(mlflow.get("utc_time_created").asText()).isEqualTo("2024-10-29 07:39:02.032550");
            assertThat(mlflow.at("/flavors/sklearn/sklearn_version").asText()).isEqualTo("1.5.2");
            assertThat(mlflow.at("/flavors/python_function/python_version").asText()).isEqualTo("3.10.16");
            assertThat(mlflow.at("/flavors/sklearn/code").isNull()).isTrue();
            assertThat(model.metadata().locate("/extensions/mlflow/model/model_uuid").line()).isEqualTo(14);
        }

        @Test
        void givesNoTypeNameOrVersionItDoesNotKnow() {
            assertThat(model.metadata().root().fieldNames()).toIterable().containsExactly("artifact", "extensions");
        }

        @Test
        void withoutRunIdThereIsNoRunAndNothingToWarnAbout() {
            assertThat(model.lineage().lineage().jobs()).isEmpty();
            assertThat(model.evaluations()).isEmpty();
            assertThat(model.warnings()).isEmpty();
            assertThat(model.describesModel()).isTrue();
        }
    }

    /** A model folder with the team's model.yaml, a downloaded MLflow model and the run that logged it. */
    @Nested
    class ModelAndRunNextToModelYaml {
        private final Path base = fixture("imports/mlflow/model-and-run");
        private final GovernedModel churn = new ModelInventoryLoader(base, List.of(importer))
                .load(base.resolve("src/main/models")).get(0);

        @Test
        void theNativeFileWinsKeyByKey() {
            assertThat(churn.id()).isEqualTo("churn");
            assertThat(churn.metadata().name()).isEqualTo("Customer churn propensity");
            assertThat(churn.metadata().task()).isEqualTo("binary-classification");
            assertThat(churn.metadata().people()).extracting("name").containsExactly("Dana Whitfield", "Lee Chen");
        }

        @Test
        void mlflowFillsWhatTheNativeFileLeavesOut() {
            assertThat(churn.metadata().artifact().path()).isEqualTo("model.pkl");
            assertThat(churn.metadata().artifact().format()).isEqualTo("cloudpickle");
            @SuppressWarnings("unchecked")
            Map<String, Object> mlflow = (Map<String, Object>) churn.metadata().extensions().get("mlflow");
            assertThat(mlflow).containsOnlyKeys("metrics", "model", "params", "run", "tags");
            assertThat(mlflow.get("params")).isEqualTo(Map.of("learning_rate", "0.05", "max_depth", "4",
                    "n_estimators", "200", "training_data", "data/churn_2024q3.parquet"));
            assertThat(map(mlflow.get("tags"))).containsEntry("mlflow.runName", "churn-gbm-2024-10")
                    .containsEntry("mlflow.source.type", "LOCAL");
            assertThat(map(mlflow.get("metrics"))).containsEntry("roc_auc",
                    Map.of("value", 0.8731, "step", 3L, "timestamp", 1730187540011L, "history", 4));
            assertThat(map(mlflow.get("run"))).containsEntry("experiment_id", "412386457293844107")
                    .containsEntry("status", 3);
        }

        @Test
        void eachMetricGivesItsLatestValueAtItsLine() {
            assertThat(churn.evaluations()).extracting(MetricResult::metric, MetricResult::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("accuracy", 0.8118),
                            org.assertj.core.groups.Tuple.tuple("log_loss", 0.3820),
                            org.assertj.core.groups.Tuple.tuple("roc_auc", 0.8731));
            MetricResult auc = churn.evaluations().get(2);
            assertThat(auc.source()).isEqualTo(new SourceLocation(RUN + "/metrics/roc_auc", 4, 1, ""));
            assertThat(auc.date()).isEqualTo(LocalDate.of(2024, 10, 29));
            assertThat(auc.slice()).isEmpty();
            assertThat(auc.count()).isNull();
        }

        @Test
        void theRunIsTheTrainingJobOfTheLineage() {
            assertThat(churn.lineage().jobs()).containsExactly(new LineageJob("mlflow-run:" + RUN_ID,
                    "churn-gbm-2024-10", "training", RUN_ID, null,
                    "git+https://git.example.com/retention/churn.git@9f1c2e7d5b3a4c6e8f0a1b2c3d4e5f6a7b8c9d0e"));
            assertThat(churn.lineage().edges()).isEmpty();
        }

        @Test
        void theRunNoteIsADocumentationSection() {
            assertThat(churn.documentation()).singleElement().satisfies(section -> {
                assertThat(section.title()).isEqualTo("MLflow run description");
                assertThat(section.format()).isEqualTo(DocumentationSection.MARKDOWN);
                assertThat(section.text()).startsWith("Gradient-boosted trees on the Q3 2024 churn snapshot.\n\n")
                        .contains("**pricing change**");
                assertThat(section.source()).isEqualTo(new SourceLocation(RUN + "/tags/mlflow.note.content", 1, 1, ""));
            });
        }

        @Test
        void everyFileReadIsAnInputWithItsDigest() {
            assertThat(churn.inputs()).extracting(InputFile::path).containsExactly(
                    "src/main/models/churn/model.yaml",
                    "src/main/models/churn/MLmodel",
                    "src/main/models/churn/mlruns/412386457293844107/" + RUN_ID + "/meta.yaml",
                    RUN + "/params/learning_rate", RUN + "/params/max_depth", RUN + "/params/n_estimators",
                    RUN + "/params/training_data",
                    RUN + "/tags/mlflow.log-model.history", RUN + "/tags/mlflow.note.content",
                    RUN + "/tags/mlflow.runName", RUN + "/tags/mlflow.source.git.commit",
                    RUN + "/tags/mlflow.source.git.repoURL", RUN + "/tags/mlflow.source.name",
                    RUN + "/tags/mlflow.source.type", RUN + "/tags/mlflow.user",
                    RUN + "/metrics/accuracy", RUN + "/metrics/log_loss", RUN + "/metrics/roc_auc");
            assertThat(churn.inputs()).allSatisfy(input -> assertThat(input.sha256()).hasSize(64));
            assertThat(churn.inputs()).filteredOn(input -> !input.path().endsWith("model.yaml"))
                    .allSatisfy(input -> assertThat(input.kind()).isEqualTo("mlflow"));
            assertThat(churn.inputWarnings()).isEmpty();
        }

        @Test
        void theCoreRulesEvaluateOnIt() {
            List<Finding> findings = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules())
                    .evaluate(churn, Instant.parse("2026-11-01T00:00:00Z"));

            assertThat(findings).isNotEmpty().noneSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.ERROR));
            assertThat(findings).filteredOn(f -> f.ruleId().equals("core.inputs-read-completely"))
                    .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.PASSED));
            assertThat(findings).filteredOn(f -> f.ruleId().equals("core.artifact-checksummed"))
                    .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.FAILED));
        }
    }

    /** MLflow's file store as it is, with the model logged inside its run and no model.yaml. */
    @Nested
    class FileStoreOnly {
        private final Path base = fixture("imports/mlflow/file-store-only");
        private static final String FRAUD_RUN = "src/main/models/fraud/mlruns/7/c0ffee0d15ea5e5ba5eba11deadbeef0";

        @Test
        void mlflowGivesNoNameSoTheModelNeedsAModelYaml() {
            assertThatThrownBy(() -> new ModelInventoryLoader(base, List.of(importer)).load(base.resolve("src/main/models")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(InputProblem::describe).singleElement().asString()
                            .isEqualTo(FRAUD_RUN + "/artifacts/model/MLmodel:1:1: the required property 'name' is "
                                    + "missing, expected a value for 'name' (Human-readable name of the model, shown "
                                    + "as the title of its model card)"));
        }

        @Test
        void withAModelYamlGivingTheNameItLoads(@TempDir Path project) throws IOException {
            FileTrees.copy(base, project);
            Files.writeString(project.resolve("src/main/models/fraud/model.yaml"), "name: Card fraud detector\n");

            GovernedModel fraud = new ModelInventoryLoader(project, List.of(importer))
                    .load(project.resolve("src/main/models")).get(0);

            assertThat(fraud.metadata().artifact().path()).isEqualTo(
                    "mlruns/7/c0ffee0d15ea5e5ba5eba11deadbeef0/artifacts/model/model.xgb");
            assertThat(fraud.metadata().artifact().format()).isEqualTo("xgb");
            assertThat(fraud.metadata().people()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("priya.raman@example.com");
                assertThat(p.email()).isEqualTo("priya.raman@example.com");
                assertThat(p.role()).isEqualTo("developer");
            });
            assertThat(fraud.lineage().jobs()).containsExactly(new LineageJob(
                    "mlflow-run:c0ffee0d15ea5e5ba5eba11deadbeef0", "fraud-xgb-may", "training",
                    "c0ffee0d15ea5e5ba5eba11deadbeef0", null, null));
            assertThat(fraud.evaluations()).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo(0.9342);
                assertThat(r.date()).isEqualTo(LocalDate.of(2024, 5, 14));
            });
            assertThat(fraud.inputWarnings()).isEmpty();
        }
    }

    @Nested
    class OneFolderOneModel {
        @TempDir
        Path base;

        private Path folder;
        private Path runFolder;

        private void run(String runId) throws IOException {
            folder = base.resolve("churn");
            runFolder = folder.resolve("mlruns/1/" + runId);
            Files.createDirectories(runFolder.resolve("metrics"));
            Files.createDirectories(runFolder.resolve("params"));
            Files.writeString(runFolder.resolve("meta.yaml"), "experiment_id: '1'\nrun_id: " + runId
                    + "\nrun_uuid: " + runId + "\nuser_id: lchen\nstatus: 3\n");
            Files.writeString(runFolder.resolve("metrics/auc"), "1730187512304 0.84 0\n1730187540011 0.87 1\n");
        }

        private void mlmodel(String runId) throws IOException {
            Files.writeString(folder.resolve("MLmodel"), "artifact_path: model\nflavors:\n  python_function:\n"
                    + "    model_path: model.pkl\nrun_id: " + runId + "\n");
        }

        private ImportedModel read(Path file) {
            return importer.read(new SourceFile(file, base.relativize(file).toString().replace('\\', '/')),
                    ImportContext.of(base, folder));
        }

        @Test
        void aRunWithAnotherIdThanTheMLmodelsIsAWarningAtTheRunId() throws IOException {
            run("aaaa0000aaaa0000aaaa0000aaaa0000");
            mlmodel("bbbb1111bbbb1111bbbb1111bbbb1111");

            ImportedModel model = read(folder.resolve("MLmodel"));

            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly("churn/MLmodel:5:9: "
                    + "at /run_id: found run_id bbbb1111bbbb1111bbbb1111bbbb1111, but the MLflow run in the same "
                    + "model folder (churn/mlruns/1/aaaa0000aaaa0000aaaa0000aaaa0000/meta.yaml) is run "
                    + "aaaa0000aaaa0000aaaa0000aaaa0000, expected the run that logged this model (the same run_id), "
                    + "or the model and the run in model folders of their own");
            assertThat(model.lineage().lineage().jobs()).extracting(LineageJob::id).containsExactly(
                    "mlflow-run:bbbb1111bbbb1111bbbb1111bbbb1111", "mlflow-run:aaaa0000aaaa0000aaaa0000aaaa0000");
            assertThat(model.evaluations()).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(0.87));
        }

        @Test
        void theRunReadWithItsMLmodelGivesNothingOnItsOwn() throws IOException {
            run("aaaa0000aaaa0000aaaa0000aaaa0000");
            mlmodel("aaaa0000aaaa0000aaaa0000aaaa0000");

            ImportedModel run = read(runFolder.resolve("meta.yaml"));

            assertThat(run.describesModel()).isFalse();
            assertThat(run.lineage().lineage().jobs()).isEmpty();
            assertThat(read(folder.resolve("MLmodel")).warnings()).isEmpty();
        }

        @Test
        void aRunAloneDescribesTheModel() throws IOException {
            run("aaaa0000aaaa0000aaaa0000aaaa0000");

            ImportedModel run = read(runFolder.resolve("meta.yaml"));

            assertThat(run.metadata().root().at("/people/0/name").asText()).isEqualTo("lchen");
            assertThat(run.metadata().root().at("/people/0/role").asText()).isEqualTo("developer");
            assertThat(run.metadata().root().at("/people/0").has("email")).isFalse();
            assertThat(run.evaluations()).extracting(MetricResult::metric).containsExactly("auc");
            assertThat(run.lineage().lineage().jobs()).singleElement()
                    .satisfies(job -> assertThat(job.type()).as("no model logged").isNull());
        }

        @Test
        void theHighestStepWinsWhateverTheLineOrder() throws IOException {
            run("aaaa0000aaaa0000aaaa0000aaaa0000");
            Files.writeString(runFolder.resolve("metrics/auc"),
                    "1730187512304 0.84 0\n1730187540011 0.87 2\n1730187545000 0.85 1\n");

            ImportedModel run = read(runFolder.resolve("meta.yaml"));

            assertThat(run.evaluations()).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo(0.87);
                assertThat(r.source().line()).isEqualTo(2);
            });
            assertThat(run.metadata().root().at("/extensions/mlflow/metrics/auc/history").asInt()).isEqualTo(3);
        }

        @Test
        void unreadableMetricLinesAreWarningsAtTheirLine() throws IOException {
            run("aaaa0000aaaa0000aaaa0000aaaa0000");
            Files.writeString(runFolder.resolve("metrics/auc"), "1730187512304 0.84 0\n1730187540011 nan 1\n"
                    + "yesterday 0.9\n");
            Files.writeString(runFolder.resolve("metrics/loss"), "");
            Files.createDirectories(runFolder.resolve("metrics/val"));
            Files.writeString(runFolder.resolve("metrics/val/loss"), "1730187512304 0.31 0\n");

            ImportedModel run = read(runFolder.resolve("meta.yaml"));

            String metrics = "churn/mlruns/1/aaaa0000aaaa0000aaaa0000aaaa0000/metrics/";
            assertThat(run.warnings()).extracting(InputProblem::describe).containsExactly(
                    metrics + "auc:2:1: found the value nan of metric auc, which is not a finite number, expected a "
                            + "finite number",
                    metrics + "auc:3:1: found 'yesterday 0.9' in the history of metric auc, expected a line "
                            + "'<timestamp in milliseconds> <value> <step>' as MLflow writes it, such as 1730187542032 "
                            + "0.8731 9",
                    metrics + "loss:1:1: found no value of metric loss, expected at least one a line '<timestamp in "
                            + "milliseconds> <value> <step>' as MLflow writes it, such as 1730187542032 0.8731 9");
            assertThat(run.evaluations()).extracting(MetricResult::metric, MetricResult::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("auc", 0.84), org.assertj.core.groups.Tuple.tuple("val/loss", 0.31));
        }

        @Test
        void aModelPathOutOfTheFolderIsAWarningNotAnArtifact() throws IOException {
            folder = base.resolve("churn");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("MLmodel"), "flavors:\n  python_function:\n"
                    + "    model_path: ../../etc/model.pkl\n");

            ImportedModel model = read(folder.resolve("MLmodel"));

            assertThat(model.metadata().root().has("artifact")).isFalse();
            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly("churn/MLmodel:3:17: at "
                    + "/flavors/python_function/model_path: found '../../etc/model.pkl', which leads out of the model "
                    + "folder, expected the path of the model file, relative to the MLmodel file, inside the model folder");
        }

        @Test
        void aTransformersTaskIsTheModelsTask() throws IOException {
            folder = base.resolve("summarizer");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("MLmodel"), "flavors:\n  transformers:\n    task: summarization\n"
                    + "    pipeline_model_type: BartForConditionalGeneration\n");

            assertThat(read(folder.resolve("MLmodel")).metadata().root().get("task").asText())
                    .isEqualTo("summarization");
        }

        @Test
        void aFileThatIsNotAnMLmodelIsRefusedWithItsPlace() throws IOException {
            folder = base.resolve("churn");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("MLmodel"), "flavors:\n  sklearn:\n   pickled_model: model.pkl\n  bad\n");
            Path list = base.resolve("list");
            Files.createDirectories(list);
            Files.writeString(list.resolve("MLmodel"), "- sklearn\n- python_function\n");

            assertThatThrownBy(() -> read(folder.resolve("MLmodel"))).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.problems().get(0).describe())
                            .startsWith("churn/MLmodel:5:1: malformed YAML"));
            folder = list;
            assertThatThrownBy(() -> read(list.resolve("MLmodel"))).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.problems().get(0).describe())
                            .isEqualTo("list/MLmodel:1:1: found a YAML list as the whole file, expected an MLmodel "
                                    + "file: a YAML mapping with flavors, run_id, model_uuid ..."));
        }

        @Test
        void onlyMLmodelAndARunsMetaYamlAreTaken() throws IOException {
            run("aaaa0000aaaa0000aaaa0000aaaa0000");
            Files.writeString(folder.resolve("mlruns/1/meta.yaml"), "experiment_id: '1'\nname: churn\n");
            ImportContext context = ImportContext.of(base, folder);

            assertThat(importer.canRead(runFolder.resolve("meta.yaml"), context)).isTrue();
            assertThat(importer.canRead(folder.resolve("mlruns/1/meta.yaml"), context)).as("an experiment").isFalse();
            assertThat(importer.canRead(folder.resolve("MLmodel"), context)).as("no such file").isFalse();
            assertThat(importer.canRead(runFolder.resolve("metrics/auc"), context)).isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    static Path fixture(String name) {
        try {
            return Path.of(MlflowImporterTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
