package dev.modelops.load.imports;

import static dev.modelops.load.imports.MlflowImporterTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelops.FileTrees;
import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ImportedModel;
import dev.modelops.load.ModelInventoryLoader;
import dev.modelops.load.SourceFile;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DvcLockImporterTest {

    private static final String MODEL_MD5 = "009525e78b90b30de9d9928d05f764e6";
    private static final String FOLDER = "src/main/models/credit-default";
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    private final DvcLockImporter importer = new DvcLockImporter();
    private final Path base = fixture("imports/dvc/project");
    private final Path folder = base.resolve(FOLDER);

    private ImportedModel read(Path lock, Path modelFolder, String shown) {
        return importer.read(new SourceFile(lock, shown), ImportContext.of(base, modelFolder));
    }

    /** prepare -> featurize -> train -> evaluate, written by DVC 3 ({@code hash: md5} and {@code md5:}). */
    @Nested
    class Dvc3Lock {
        private final ImportedModel model = read(folder.resolve("dvc.lock"), folder, FOLDER + "/dvc.lock");
        private final Lineage lineage = model.lineage().lineage();

        @Test
        void eachStageIsAJobTypedByItsNameOrProgram() {
            assertThat(lineage.jobs()).extracting(LineageJob::id, LineageJob::type).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("prepare", "transform"),
                    org.assertj.core.groups.Tuple.tuple("featurize", "transform"),
                    org.assertj.core.groups.Tuple.tuple("train", "training"),
                    org.assertj.core.groups.Tuple.tuple("evaluate", "evaluation"));
            assertThat(lineage.jobs().get(2)).isEqualTo(new LineageJob("train", "train", "training", null, null,
                    "src/train.py md5:" + md5("train.py")));
        }

        @Test
        void eachDataFileOrFolderIsADatasetPinnedByItsMd5() {
            assertThat(lineage.datasets()).extracting(LineageDataset::id).containsExactly(
                    "data/raw/loan_applications_2024q4.csv", "data/prepared", "data/features", "models/model.pkl",
                    "eval/metrics.json", "eval/plots");
            assertThat(lineage.datasets().get(0)).isEqualTo(new LineageDataset("data/raw/loan_applications_2024q4.csv",
                    null, "data/raw/loan_applications_2024q4.csv", null, null, null, "md5:" + md5("raw"), null,
                    "Input of DVC stage prepare: 48211907 bytes", null, null, null, md5("raw")));
            LineageDataset prepared = lineage.datasets().get(1);
            assertThat(prepared.md5()).isEqualTo(md5("prepared"));
            assertThat(prepared.version()).isEqualTo("md5:" + md5("prepared") + ".dir");
            assertThat(prepared.description()).isEqualTo("Output of DVC stage prepare: a folder of 2 files, 41876522 bytes");
            assertThat(lineage.datasets().get(3).md5()).isEqualTo(MODEL_MD5);
        }

        @Test
        void edgesLeadFromWhatAStageReadsThroughTheStageToWhatItWrites() {
            assertThat(lineage.edges()).containsExactly(
                    new LineageEdge("data/raw/loan_applications_2024q4.csv", "prepare"),
                    new LineageEdge("prepare", "data/prepared"),
                    new LineageEdge("data/prepared", "featurize"),
                    new LineageEdge("featurize", "data/features"),
                    new LineageEdge("data/features", "train"),
                    new LineageEdge("train", "models/model.pkl"),
                    new LineageEdge("data/features", "evaluate"),
                    new LineageEdge("models/model.pkl", "evaluate"),
                    new LineageEdge("evaluate", "eval/metrics.json"),
                    new LineageEdge("evaluate", "eval/plots"));
        }

        @Test
        void partsAreLocatedInTheLockFile() {
            String lock = FOLDER + "/dvc.lock";
            assertThat(model.lineage().locate("/jobs/2")).isEqualTo(new SourceLocation(lock, 46, 3, "/jobs/2"));
            assertThat(model.lineage().locate("/datasets/3/md5").line()).isEqualTo(67);
            assertThat(model.lineage().locate("/datasets/0/id"))
                    .isEqualTo(new SourceLocation(lock, 6, 13, "/datasets/0/id"));
        }

        @Test
        void commandsAndParametersAreKeptUnderExtensions() {
            var train = model.metadata().root().at("/extensions/dvc/stages/train");
            assertThat(train.get("cmd").asText()).isEqualTo("python src/train.py data/features models/model.pkl");
            assertThat(train.at("/params/params.yaml/train.n_estimators").asInt()).isEqualTo(400);
            assertThat(model.metadata().root().at("/extensions/dvc/schema").asText()).isEqualTo("2.0");
            assertThat(model.metadata().locate("/extensions/dvc/stages/train/cmd").line()).isEqualTo(47);
            assertThat(model.warnings()).isEmpty();
        }
    }

    @Test
    void theOlderMd5FormGivesTheSameLineage() {
        Path dvc2 = fixture("imports/dvc/dvc2");
        ImportedModel older = importer.read(new SourceFile(dvc2.resolve("dvc.lock"), "dvc2/dvc.lock"),
                ImportContext.of(dvc2, dvc2));
        ImportedModel newer = read(folder.resolve("dvc.lock"), folder, FOLDER + "/dvc.lock");

        assertThat(older.lineage().lineage()).isEqualTo(newer.lineage().lineage());
        assertThat(older.warnings()).isEmpty();
    }

    /** A model folder with model.yaml, dvc.lock and a lineage.yaml adding who owns the raw source. */
    @Nested
    class Loaded {
        private final GovernedModel model = new ModelInventoryLoader(base, List.of(importer))
                .load(base.resolve("src/main/models")).get(0);

        @Test
        void theOutputAtTheArtifactPathLeadsToTheArtifact() {
            assertThat(model.lineage().edges()).contains(new LineageEdge("models/model.pkl", "model-artifact"));
        }

        @Test
        void theNativeLineageCompletesTheDatasetsByTheirId() {
            LineageDataset raw = model.lineage().datasets().get(0);
            assertThat(raw.id()).isEqualTo("data/raw/loan_applications_2024q4.csv");
            assertThat(raw.owner()).isEqualTo("Credit Data Office");
            assertThat(raw.pii()).isEqualTo("personal");
            assertThat(raw.md5()).isEqualTo(md5("raw"));
            assertThat(raw.source()).isEqualTo("data/raw/loan_applications_2024q4.csv");
        }

        @Test
        void theModelYamlDescribesTheModelAndDvcAddsItsStages() {
            assertThat(model.metadata().name()).isEqualTo("Retail credit default scorer");
            assertThat(model.metadata().extensions()).containsOnlyKeys("dvc");
            assertThat(model.inputs()).extracting("path", "kind").containsExactly(
                    org.assertj.core.groups.Tuple.tuple(FOLDER + "/model.yaml", "model"),
                    org.assertj.core.groups.Tuple.tuple(FOLDER + "/dvc.lock", "dvc"),
                    org.assertj.core.groups.Tuple.tuple(FOLDER + "/lineage.yaml", "lineage"));
        }

        @Test
        void theArtifactHasTheDigestThePipelineRecorded() {
            assertThat(finding("lineage", "lineage.artifact-digest-matches-lineage", model).status())
                    .isEqualTo(FindingStatus.PASSED);
            assertThat(finding("lineage", "lineage.artifact-traces-to-raw-sources", model).status())
                    .isEqualTo(FindingStatus.PASSED);
            assertThat(finding("lineage", "lineage.training-data-feeds-artifact", model).status())
                    .isEqualTo(FindingStatus.PASSED);
        }

        @Test
        void theCoreRulesEvaluateOnIt() {
            List<Finding> findings = RuleEngine.compile(new RulePackLoader().loadBuiltIn("core").rules())
                    .evaluate(model, AS_OF);

            assertThat(findings).isNotEmpty().noneSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.ERROR));
            assertThat(findings).filteredOn(f -> f.ruleId().equals("core.training-data-traced"))
                    .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.PASSED));
        }
    }

    @Test
    void anArtifactThatIsNotThePipelinesOutputFailsTheDigestRule(@TempDir Path project) throws IOException {
        FileTrees.copy(base, project);
        Path modelYaml = project.resolve(FOLDER + "/model.yaml");
        Files.writeString(modelYaml, Files.readString(modelYaml).replace(MODEL_MD5, "0cc175b9c0f1b6a831c399e269772661"));

        GovernedModel model = new ModelInventoryLoader(project, List.of(importer))
                .load(project.resolve("src/main/models")).get(0);
        Finding finding = finding("lineage", "lineage.artifact-digest-matches-lineage", model);

        assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
        assertThat(finding.message()).isEqualTo("The artifact of model credit-default does not have the digest its "
                + "lineage records for it: lineage dataset models/model.pkl records md5 " + MODEL_MD5
                + ", the artifact declares md5 0cc175b9c0f1b6a831c399e269772661");
    }

    @Nested
    class MessyLockFiles {
        @TempDir
        Path project;

        private ImportedModel readLock(String text) throws IOException {
            Path modelFolder = project.resolve("model");
            Files.createDirectories(modelFolder);
            Files.writeString(modelFolder.resolve("dvc.lock"), text);
            return importer.read(new SourceFile(modelFolder.resolve("dvc.lock"), "model/dvc.lock"),
                    ImportContext.of(project, modelFolder));
        }

        @Test
        void aPathWithTwoMd5MeansTheLockFileIsOutOfDate() throws IOException {
            ImportedModel model = readLock("""
                    schema: '2.0'
                    stages:
                      prepare:
                        cmd: python prepare.py
                        outs:
                        - path: data/clean.csv
                          md5: 11111111111111111111111111111111
                      train:
                        cmd: python train.py
                        deps:
                        - path: data/clean.csv
                          md5: 22222222222222222222222222222222
                        outs:
                        - path: model.pkl
                          md5: 33333333333333333333333333333333
                    """);

            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly("model/dvc.lock:12:12: "
                    + "at /stages/train/deps/0/md5: found md5 22222222222222222222222222222222 for data/clean.csv as an input of stage train, but "
                    + "md5 11111111111111111111111111111111 as an output of stage prepare (line 6), expected one md5 "
                    + "for a path throughout dvc.lock (the lock file is out of date: run dvc repro)");
            assertThat(model.lineage().lineage().datasets()).extracting(LineageDataset::md5)
                    .containsExactly("11111111111111111111111111111111", "33333333333333333333333333333333");
        }

        @Test
        void unreadableDigestsAreWarningsAndKeptOutOfTheLineage() throws IOException {
            ImportedModel model = readLock("""
                    schema: '3.0'
                    stages:
                      train:
                        cmd:
                        - python fetch.py
                        - python fit.py
                        deps:
                        - path: data/train.csv
                          md5: not-a-digest
                          cloud: {remote: lake}
                        - path: s3://lake/bureau/2024.parquet
                          hash: sha256
                          etag: 5d41402abc4b2a76b9719d911017c592
                        outs:
                        - md5: 44444444444444444444444444444444
                    """);

            assertThat(model.warnings()).extracting(InputProblem::describe).containsExactly(
                    "model/dvc.lock:1:9: at /schema: found schema '3.0', expected schema: '2.0', the lock file "
                            + "format of DVC 2 and 3 (read as such)",
                    "model/dvc.lock:9:12: at /stages/train/deps/0/md5: found md5 'not-a-digest' for data/train.csv, expected 32 hexadecimal "
                            + "digits (and .dir for a folder), as DVC writes them",
                    "model/dvc.lock:12:13: at /stages/train/deps/1/hash: found hash sha256 for s3://lake/bureau/2024.parquet, expected hash: md5, "
                            + "the only hash DVC 3 writes",
                    "model/dvc.lock:15:7: at /stages/train/outs/0: found an output of stage train without a path, expected {path, md5, "
                            + "size}: path names the file or folder, relative to dvc.lock");
            Lineage lineage = model.lineage().lineage();
            assertThat(lineage.datasets()).extracting(LineageDataset::id, LineageDataset::md5, LineageDataset::source)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("data/train.csv", null, "data/train.csv"),
                            org.assertj.core.groups.Tuple.tuple("s3://lake/bureau/2024.parquet", null,
                                    "s3://lake/bureau/2024.parquet"));
            assertThat(lineage.jobs()).singleElement().satisfies(job -> assertThat(job.type())
                    .as("the stage name says so").isEqualTo("training"));
            var kept = model.metadata().root().at("/extensions/dvc/stages/train");
            assertThat(kept.at("/cmd/1").asText()).isEqualTo("python fit.py");
            assertThat(kept.at("/deps/data~1train.csv/cloud/remote").asText()).isEqualTo("lake");
            assertThat(kept.at("/deps/s3:~1~1lake~1bureau~12024.parquet/etag").asText())
                    .isEqualTo("5d41402abc4b2a76b9719d911017c592");
        }

        @Test
        void dvc1WroteTheStagesAtTheTopLevel() throws IOException {
            ImportedModel model = readLock("""
                    featurize:
                      cmd: python src/featurization.py data/prepared data/features
                      deps:
                      - path: data/prepared
                        md5: 153aad06d376b6595932470e459ef42a.dir
                      outs:
                      - path: data/features
                        md5: f35d4cc2c552ac959ae602162b8543f3.dir
                    """);

            assertThat(model.warnings()).isEmpty();
            assertThat(model.lineage().lineage().edges()).containsExactly(
                    new LineageEdge("data/prepared", "featurize"), new LineageEdge("featurize", "data/features"));
        }

        @Test
        void aStageNamedLikeAPathGetsAPrefixedId() throws IOException {
            ImportedModel model = readLock("""
                    schema: '2.0'
                    stages:
                      features:
                        cmd: python make_features.py
                        outs:
                        - path: features
                          md5: 55555555555555555555555555555555.dir
                          nfiles: 1
                    """);

            assertThat(model.lineage().lineage().edges()).containsExactly(new LineageEdge("dvc:features", "features"));
            assertThat(model.lineage().lineage().datasets().get(0).description())
                    .isEqualTo("Output of DVC stage features: a folder of 1 file");
        }

        @Test
        void pathsAreRelativeToTheLockFilesFolderAndSourcesToTheModelFolder() throws IOException {
            Path pipeline = project.resolve("model/pipeline");
            Files.createDirectories(pipeline);
            Files.writeString(pipeline.resolve("dvc.lock"), """
                    schema: '2.0'
                    stages:
                      train:
                        cmd: python train.py
                        outs:
                        - path: ../models/model.pkl
                          md5: 66666666666666666666666666666666
                    """);

            ImportedModel model = importer.read(new SourceFile(pipeline.resolve("dvc.lock"), "model/pipeline/dvc.lock"),
                    ImportContext.of(project, project.resolve("model")));

            assertThat(model.lineage().lineage().datasets()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo("../models/model.pkl");
                assertThat(d.source()).isEqualTo("models/model.pkl");
            });
        }

        @Test
        void aFileThatIsNotALockFileIsRefused() {
            assertThatThrownBy(() -> readLock("- train\n- evaluate\n")).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.problems().get(0).describe()).isEqualTo(
                            "model/dvc.lock:1:1: found a YAML list as the whole file, expected a dvc.lock file: "
                                    + "schema: '2.0' and stages: {<stage>: {cmd, deps, outs}}"));
            assertThatThrownBy(() -> readLock("schema: '2.0'\nstages: [train]\n")).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.problems().get(0).describe())
                            .startsWith("model/dvc.lock:2:1: at /stages: found stages that are not a mapping"));
        }
    }

    @Test
    void onlyDvcLockIsTaken() {
        ImportContext context = ImportContext.of(base, folder);
        assertThat(importer.canRead(folder.resolve("dvc.lock"), context)).isTrue();
        assertThat(importer.canRead(folder.resolve("dvc.yaml"), context)).isFalse();
        assertThat(importer.canRead(folder.resolve("model.yaml"), context)).isFalse();
    }

    @Test
    void theJobTypeComesFromTheStageNameThenFromTheProgramItRuns() {
        assertThat(DvcLockImporter.jobType("prepare", "python src/prepare.py data/train.xml")).isEqualTo("transform");
        assertThat(DvcLockImporter.jobType("fit", "python -m credit.train --epochs 3")).isEqualTo("training");
        assertThat(DvcLockImporter.jobType("score", "Rscript R/evaluate_holdout.R")).isEqualTo("evaluation");
        assertThat(DvcLockImporter.jobType("Train-XGB", null)).isEqualTo("training");
        assertThat(DvcLockImporter.jobType("report", "python report.py --train-split 0.8")).isEqualTo("transform");
    }

    private static Finding finding(String pack, String ruleId, GovernedModel model) {
        return RuleEngine.compile(new RulePackLoader().loadBuiltIn(pack).rules()).evaluate(model, AS_OF).stream()
                .filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    /** The md5 of a name, as the fixtures' digests were made. */
    private static String md5(String name) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
