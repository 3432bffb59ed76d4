package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.load.CsvEvaluationReader;
import dev.modelops.load.JsonEvaluationReader;
import dev.modelops.load.ModelMetadataReader;
import dev.modelops.load.NativeLineageReader;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.load.WaiversFileReader;
import dev.modelops.model.InvalidInputException;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The plugin's own readers on arbitrary bytes. The property: each call gives a result or throws
 * {@link InvalidInputException}; any other throwable escaping is a bug (Jazzer reports it, and in regression mode
 * the seed that shows it fails the test). Seeds: {@code ReaderFuzzTestInputs/<method>/} in the test resources.
 */
class ReaderFuzzTest {

    private static final StructuredFileParser PARSER = new StructuredFileParser();
    private static final SchemaValidator VALIDATOR = new SchemaValidator();

    private final FuzzFiles files = new FuzzFiles("readers");
    private final ModelMetadataReader metadata = new ModelMetadataReader(PARSER, VALIDATOR);
    private final JsonEvaluationReader jsonEvaluations = new JsonEvaluationReader(PARSER, VALIDATOR);
    private final CsvEvaluationReader csvEvaluations = new CsvEvaluationReader();
    private final NativeLineageReader lineage = new NativeLineageReader(PARSER, VALIDATOR);
    private final WaiversFileReader waivers = new WaiversFileReader();
    private final RulePackLoader rulePacks = new RulePackLoader(PARSER, VALIDATOR);

    @FuzzTest(maxDuration = "30s")
    void modelYaml(byte[] input) {
        Path file = files.write("models/m/model.yaml", input);
        expectResultOrInvalidInput(() -> metadata.read(new SourceFile(file, "models/m/model.yaml")));
    }

    @FuzzTest(maxDuration = "30s")
    void modelJson(byte[] input) {
        Path file = files.write("models/m/model.json", input);
        expectResultOrInvalidInput(() -> metadata.read(new SourceFile(file, "models/m/model.json")));
    }

    @FuzzTest(maxDuration = "30s")
    void jsonEvaluations(byte[] input) {
        Path file = files.write("models/m/evaluations/results.json", input);
        expectResultOrInvalidInput(() -> jsonEvaluations.read(new SourceFile(file, "evaluations/results.json")));
    }

    @FuzzTest(maxDuration = "30s")
    void csvEvaluations(byte[] input) {
        Path file = files.write("models/m/evaluations/results.csv", input);
        expectResultOrInvalidInput(() -> csvEvaluations.read(new SourceFile(file, "evaluations/results.csv")));
    }

    @FuzzTest(maxDuration = "30s")
    void nativeLineage(byte[] input) {
        Path file = files.write("models/m/lineage.yaml", input);
        expectResultOrInvalidInput(() -> lineage.read(new SourceFile(file, "models/m/lineage.yaml")));
    }

    @FuzzTest(maxDuration = "30s")
    void waivers(byte[] input) {
        Path file = files.write("src/main/modelops/waivers.yaml", input);
        expectResultOrInvalidInput(() -> waivers.read(file, files.project(), true));
    }

    @FuzzTest(maxDuration = "30s")
    void projectRuleFile(byte[] input) {
        Path file = files.write("src/main/modelops/team-rules.yaml", input);
        expectResultOrInvalidInput(() -> rulePacks.loadFile(file, files.project()));
    }

    /**
     * Runs {@code call}: it must give a result (never null) or reject the input as a user's mistake
     * ({@link InvalidInputException}, whose problems name the file); anything else propagates to Jazzer.
     */
    static void expectResultOrInvalidInput(Supplier<?> call) {
        Object result;
        try {
            result = call.get();
        } catch (InvalidInputException expected) {
            return;
        }
        if (result == null) {
            throw new AssertionError("the reader returned null instead of a result or an InvalidInputException");
        }
    }
}
