package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.WaiversFileReader;
import java.nio.file.Path;

/**
 * The project's {@code waivers.yaml}, read by {@link WaiversFileReader}. Seeds: {@code WaiversFuzzTestInputs/fuzz/}
 * in the test resources.
 */
class WaiversFuzzTest {

    private final FuzzFiles files = new FuzzFiles("waivers");
    private final WaiversFileReader reader = new WaiversFileReader();

    @FuzzTest
    void fuzz(byte[] input) {
        Path file = files.write("src/main/modelops/waivers.yaml", input);
        FuzzProperty.resultOrInvalidInput(() -> reader.read(file, files.project(), true));
    }
}
