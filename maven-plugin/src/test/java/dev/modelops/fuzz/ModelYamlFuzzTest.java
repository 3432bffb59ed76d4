package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.ModelMetadataReader;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Path;

/**
 * A {@code model.yaml} read by {@link ModelMetadataReader}, schema included. Seeds: {@code
 * ModelYamlFuzzTestInputs/fuzz/} in the test resources.
 */
class ModelYamlFuzzTest {

    private final FuzzFiles files = new FuzzFiles("model-yaml");
    private final ModelMetadataReader reader =
            new ModelMetadataReader(new StructuredFileParser(), new SchemaValidator());

    @FuzzTest
    void fuzz(byte[] input) {
        Path file = files.write("models/m/model.yaml", input);
        FuzzProperty.resultOrInvalidInput(() -> reader.read(new SourceFile(file, "models/m/model.yaml")));
    }
}
