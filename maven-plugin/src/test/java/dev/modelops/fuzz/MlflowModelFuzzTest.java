package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.imports.MlflowImporter;

/**
 * An MLflow {@code MLmodel} file, imported by {@link MlflowImporter}. Seeds: {@code
 * MlflowModelFuzzTestInputs/fuzz/} in the test resources.
 */
class MlflowModelFuzzTest {

    private final FuzzFiles files = new FuzzFiles("mlflow-model");

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzProperty.imports(files, new MlflowImporter(), FuzzProperty.MODEL + "MLmodel", input);
    }
}
