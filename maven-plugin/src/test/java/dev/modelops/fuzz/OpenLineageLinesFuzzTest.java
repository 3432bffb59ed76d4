package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.imports.OpenLineageImporter;

/**
 * OpenLineage run events one per line ({@code .ndjson}), imported by {@link OpenLineageImporter}. Seeds: {@code
 * OpenLineageLinesFuzzTestInputs/fuzz/} in the test resources.
 */
class OpenLineageLinesFuzzTest {

    private final FuzzFiles files = new FuzzFiles("openlineage-lines");

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzProperty.imports(files, new OpenLineageImporter(), FuzzProperty.MODEL + "openlineage/events.ndjson", input);
    }
}
