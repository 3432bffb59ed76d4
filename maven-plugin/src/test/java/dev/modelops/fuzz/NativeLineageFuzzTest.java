package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.NativeLineageReader;
import dev.modelops.load.SourceFile;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Path;

/**
 * A native {@code lineage.yaml}, read by {@link NativeLineageReader}. Seeds: {@code
 * NativeLineageFuzzTestInputs/fuzz/} in the test resources.
 */
class NativeLineageFuzzTest {

    private final FuzzFiles files = new FuzzFiles("native-lineage");
    private final NativeLineageReader reader =
            new NativeLineageReader(new StructuredFileParser(), new SchemaValidator());

    @FuzzTest
    void fuzz(byte[] input) {
        Path file = files.write("models/m/lineage.yaml", input);
        FuzzProperty.resultOrInvalidInput(() -> reader.read(new SourceFile(file, "models/m/lineage.yaml")));
    }
}
