package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import dev.modelops.validate.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonEvaluationReaderTest {

    private static final String FILE = "evaluations/holdout.json";

    @TempDir
    Path dir;

    private final JsonEvaluationReader reader = new JsonEvaluationReader(new StructuredFileParser(), new SchemaValidator());

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("holdout.json"), json);
    }

    @Test
    void topLevelDatasetAndDateAreDefaultsEachResultMayOverride() throws IOException {
        List<MetricResult> results = reader.read(new SourceFile(write("""
                {
                  "dataset": "holdout", "date": "2026-09-01",
                  "results": [
                    {"metric": "auc", "value": 0.8},
                    {"metric": "auc", "value": 0.7, "dataset": "oot", "date": "2026-06-30",
                     "slice": {"age": "18-25", "n": 3, "flag": false}}
                  ]
                }
                """), FILE));
        assertThat(results.get(0).dataset()).isEqualTo("holdout");
        assertThat(results.get(0).date()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(results.get(0).source()).isEqualTo(new SourceLocation(FILE, 4, 5, "/results/0"));
        assertThat(results.get(1).dataset()).isEqualTo("oot");
        assertThat(results.get(1).date()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(results.get(1).slice()).containsExactly(Map.entry("age", "18-25"), Map.entry("flag", "false"), Map.entry("n", "3"));
        assertThat(results.get(1).source().line()).isEqualTo(5);
    }

    @Test
    void withoutDefaultsDatasetAndDateAreAbsent() throws IOException {
        assertThat(reader.read(new SourceFile(write("{\"results\": [{\"metric\": \"auc\", \"value\": 1}]}"), FILE))).singleElement()
                .satisfies(r -> {
                    assertThat(r.dataset()).isNull();
                    assertThat(r.date()).isNull();
                    assertThat(r.value()).isEqualTo(1.0);
                    assertThat(r.threshold()).isNull();
                    assertThat(r.confidenceInterval()).isNull();
                });
    }

    @Test
    void schemaViolationsAreLocated() throws IOException {
        Path file = write("""
                {"results": [
                  {"metric": "auc", "value": "0.8"},
                  {"metric": "auc", "value": 0.8, "threshold": {}},
                  {"metric": "auc", "value": 0.8, "threshold": {"minimum": 0.7}},
                  {"metric": "", "value": 0.8, "date": "01/09/2026"}
                ]}
                """);
        assertThat(problemsOf(() -> reader.read(new SourceFile(file, FILE)))).containsExactly(
                FILE + ":2:30: at /results/0/value: found '0.8', expected a number",
                FILE + ":3:35: at /results/1/threshold: found an empty object, expected at least one of min, max",
                FILE + ":4:49: at /results/2/threshold/minimum: an unknown property 'minimum', expected one of min, max",
                FILE + ":5:14: at /results/3/metric: found an empty text, expected a non-empty text",
                FILE + ":5:40: at /results/3/date: found '01/09/2026', expected a date written YYYY-MM-DD, such as 2026-09-01");
    }

    @Test
    void reversedIntervalsAndThresholdsAreRefused() throws IOException {
        Path file = write("""
                {"results": [
                  {"metric": "auc", "value": 0.8, "confidenceInterval": {"lower": 0.9, "upper": 0.7}},
                  {"metric": "auc", "value": 0.8, "threshold": {"min": 0.9, "max": 0.1}}
                ]}
                """);
        assertThat(problemsOf(() -> reader.read(new SourceFile(file, FILE)))).containsExactly(
                FILE + ":2:35: at /results/0/confidenceInterval: found a confidence interval whose lower bound 0.9 is above "
                        + "its upper bound 0.7, expected lower <= upper",
                FILE + ":3:35: at /results/1/threshold: found a threshold whose min 0.9 is above its max 0.1, expected min <= max");
    }

    @Test
    void resultsAreRequired() throws IOException {
        Path file = write("{\"dataset\": \"holdout\"}");
        assertThat(problemsOf(() -> reader.read(new SourceFile(file, FILE)))).containsExactly(
                FILE + ":1:1: the required property 'results' is missing, expected a value for 'results' (The measured metrics)");
    }

    @Test
    void readsOnlyJsonFiles() {
        assertThat(reader.canRead(Path.of("x/holdout.JSON"))).isTrue();
        assertThat(reader.canRead(Path.of("x/holdout.csv"))).isFalse();
    }
}
