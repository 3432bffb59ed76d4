package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.imports.OpenLineageImporter;

/**
 * OpenLineage run events as one JSON document or array, imported by {@link OpenLineageImporter}. Seeds: {@code
 * OpenLineageJsonFuzzTestInputs/fuzz/} in the test resources.
 */
class OpenLineageJsonFuzzTest {

    private final FuzzFiles files = new FuzzFiles("openlineage-json");

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzProperty.imports(files, new OpenLineageImporter(), FuzzProperty.MODEL + "openlineage/events.json", input);
    }
}
