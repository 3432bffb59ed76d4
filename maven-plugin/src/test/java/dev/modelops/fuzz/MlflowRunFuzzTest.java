package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.imports.MlflowImporter;
import java.nio.charset.StandardCharsets;

/**
 * A run of the MLflow file store: the fuzzed {@code meta.yaml} next to a fixed {@code metrics/} and {@code params/},
 * imported as a run by {@link MlflowImporter}. Seeds: {@code MlflowRunFuzzTestInputs/fuzz/} in the test resources.
 */
class MlflowRunFuzzTest {

    private static final String RUN = FuzzProperty.MODEL + "mlruns/1/0123456789abcdef0123456789abcdef/";

    private final FuzzFiles files = new FuzzFiles("mlflow-run");

    @FuzzTest
    void fuzz(byte[] input) {
        files.write(RUN + "metrics/roc_auc", "1767225600000 0.91 0\n".getBytes(StandardCharsets.UTF_8));
        files.write(RUN + "params/n_estimators", "200".getBytes(StandardCharsets.UTF_8));
        FuzzProperty.imports(files, new MlflowImporter(), RUN + "meta.yaml", input);
    }
}
