package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.imports.DvcLockImporter;

/**
 * A DVC {@code dvc.lock}, imported by {@link DvcLockImporter}. Seeds: {@code DvcLockFuzzTestInputs/fuzz/} in the
 * test resources.
 */
class DvcLockFuzzTest {

    private final FuzzFiles files = new FuzzFiles("dvc-lock");

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzProperty.imports(files, new DvcLockImporter(), FuzzProperty.MODEL + "dvc.lock", input);
    }
}
