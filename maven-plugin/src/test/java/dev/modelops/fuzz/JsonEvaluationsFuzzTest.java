package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.JsonEvaluationReader;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Path;

/**
 * An evaluation results file in JSON, read by {@link JsonEvaluationReader}. Seeds: {@code
 * JsonEvaluationsFuzzTestInputs/fuzz/} in the test resources.
 */
class JsonEvaluationsFuzzTest {

    private final FuzzFiles files = new FuzzFiles("json-evaluations");
    private final JsonEvaluationReader reader =
            new JsonEvaluationReader(new StructuredFileParser(), new SchemaValidator());

    @FuzzTest
    void fuzz(byte[] input) {
        Path file = files.write("models/m/evaluations/results.json", input);
        FuzzProperty.resultOrInvalidInput(() -> reader.read(new SourceFile(file, "evaluations/results.json")));
    }
}
