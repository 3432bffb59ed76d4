package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.imports.ModelCardToolkitImporter;

/**
 * A Model Card Toolkit {@code model_card.json}, imported by {@link ModelCardToolkitImporter}. Seeds: {@code
 * ModelCardToolkitFuzzTestInputs/fuzz/} in the test resources.
 */
class ModelCardToolkitFuzzTest {

    private final FuzzFiles files = new FuzzFiles("model-card-toolkit");

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzProperty.imports(files, new ModelCardToolkitImporter(), FuzzProperty.MODEL + "model_card.json", input);
    }
}
