package dev.modelops.fuzz;

import static dev.modelops.fuzz.ReaderFuzzTest.expectResultOrInvalidInput;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.ImportContext;
import dev.modelops.load.ModelImporter;
import dev.modelops.load.SourceFile;
import dev.modelops.load.imports.CycloneDxImporter;
import dev.modelops.load.imports.DvcLockImporter;
import dev.modelops.load.imports.HuggingFaceCardImporter;
import dev.modelops.load.imports.MlflowImporter;
import dev.modelops.load.imports.ModelCardToolkitImporter;
import dev.modelops.load.imports.OpenLineageImporter;
import dev.modelops.load.imports.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each importer of {@code load.imports} on arbitrary bytes, written where that importer finds its file in a model
 * folder. Same property as {@link ReaderFuzzTest}: an imported model, or {@code InvalidInputException}; warnings
 * are recorded on the model. Seeds: {@code ImporterFuzzTestInputs/<method>/} in the test resources.
 */
class ImporterFuzzTest {

    private static final String MODEL = "src/main/models/m/";

    private final FuzzFiles files = new FuzzFiles("importers");

    @FuzzTest(maxDuration = "30s")
    void huggingFaceCard(byte[] input) {
        importAt(new HuggingFaceCardImporter(), MODEL + "README.md", input);
    }

    @FuzzTest(maxDuration = "30s")
    void modelCardToolkit(byte[] input) {
        importAt(new ModelCardToolkitImporter(), MODEL + "model_card.json", input);
    }

    @FuzzTest(maxDuration = "30s")
    void cycloneDx(byte[] input) {
        importAt(new CycloneDxImporter(), MODEL + "bom.json", input);
    }

    @FuzzTest(maxDuration = "30s")
    void openLineageJson(byte[] input) {
        importAt(new OpenLineageImporter(), MODEL + "openlineage/events.json", input);
    }

    @FuzzTest(maxDuration = "30s")
    void openLineageLines(byte[] input) {
        importAt(new OpenLineageImporter(), MODEL + "openlineage/events.ndjson", input);
    }

    @FuzzTest(maxDuration = "30s")
    void mlflowModel(byte[] input) {
        importAt(new MlflowImporter(), MODEL + "MLmodel", input);
    }

    /** A run of the MLflow file store: meta.yaml next to metrics/ and params/, read as a run. */
    @FuzzTest(maxDuration = "30s")
    void mlflowRun(byte[] input) {
        String run = MODEL + "mlruns/1/0123456789abcdef0123456789abcdef/";
        files.write(run + "metrics/roc_auc", "1767225600000 0.91 0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.write(run + "params/n_estimators", "200".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        importAt(new MlflowImporter(), run + "meta.yaml", input);
    }

    @FuzzTest(maxDuration = "30s")
    void dvcLock(byte[] input) {
        importAt(new DvcLockImporter(), MODEL + "dvc.lock", input);
    }

    /**
     * The shared corpus of files written by other tools, read in place (it is too large to copy as seeds): the same
     * property on every file of each importer's folder, in every surefire run.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedCorpus")
    void sharedCorpusFileGivesAModelOrInvalidInput(String relative, String method) throws Exception {
        byte[] input = Files.readAllBytes(Corpus.file(relative));
        getClass().getDeclaredMethod(method, byte[].class).invoke(this, (Object) input);
    }

    static Stream<Arguments> sharedCorpus() {
        Map<String, String> targets = new TreeMap<>(Map.of("huggingface", "huggingFaceCard",
                "model-card-toolkit", "modelCardToolkit", "cyclonedx", "cycloneDx", "openlineage", "openLineageJson",
                "mlflow", "mlflowModel"));
        return targets.entrySet().stream().flatMap(target -> Corpus.folder(target.getKey()).stream()
                .map(file -> Arguments.of(target.getKey() + "/" + file.getFileName(), target.getValue())));
    }

    private void importAt(ModelImporter importer, String relative, byte[] input) {
        Path file = files.write(relative, input);
        ImportContext context = ImportContext.of(files.project(), files.folder(MODEL));
        expectResultOrInvalidInput(() -> importer.read(new SourceFile(file, relative), context));
    }
}
