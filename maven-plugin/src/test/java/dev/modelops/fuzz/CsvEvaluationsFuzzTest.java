package dev.modelops.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.modelops.load.CsvEvaluationReader;
import dev.modelops.load.SourceFile;
import java.nio.file.Path;

/**
 * An evaluation results file in CSV, read by {@link CsvEvaluationReader}. Seeds: {@code
 * CsvEvaluationsFuzzTestInputs/fuzz/} in the test resources.
 */
class CsvEvaluationsFuzzTest {

    private final FuzzFiles files = new FuzzFiles("csv-evaluations");
    private final CsvEvaluationReader reader = new CsvEvaluationReader();

    @FuzzTest
    void fuzz(byte[] input) {
        Path file = files.write("models/m/evaluations/results.csv", input);
        FuzzProperty.resultOrInvalidInput(() -> reader.read(new SourceFile(file, "evaluations/results.csv")));
    }
}
