package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.imports.HuggingFaceCardImporter;

/**
 * A Hugging Face model card ({@code README.md}), imported by {@link HuggingFaceCardImporter}. Seeds: {@code
 * HuggingFaceCardFuzzTestInputs/fuzz/} in the test resources.
 */
class HuggingFaceCardFuzzTest {

    private final FuzzFiles files = new FuzzFiles("hugging-face-card");

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzProperty.imports(files, new HuggingFaceCardImporter(), FuzzProperty.MODEL + "README.md", input);
    }
}
