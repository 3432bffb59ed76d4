package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.imports.CycloneDxImporter;

/**
 * A CycloneDX ML-BOM ({@code bom.json}), imported by {@link CycloneDxImporter}. Seeds: {@code
 * CycloneDxFuzzTestInputs/fuzz/} in the test resources.
 */
class CycloneDxFuzzTest {

    private final FuzzFiles files = new FuzzFiles("cyclonedx");

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzProperty.imports(files, new CycloneDxImporter(), FuzzProperty.MODEL + "bom.json", input);
    }
}
