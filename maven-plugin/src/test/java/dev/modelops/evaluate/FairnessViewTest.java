package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.MetricResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairnessViewTest {

    private static final String FILE = "src/main/models/credit-scoring/evaluations/fairness.csv";

    private static MetricResult result(String metric, double value, Map<String, String> slice, Long count,
            String dataset, int line) {
        return ModelFixture.result(metric, value, slice, null, count, dataset, LocalDate.of(2026, 8, 28), FILE, line);
    }

    @Test
    void groupsSingleAttributeSlicesOfProtectedAttributesPerMetricDatasetAndAttribute() {
        List<MetricResult> results = List.of(
                result("selection_rate", 0.37, Map.of("sex", "female"), 81_234L, "holdout", 2),
                result("selection_rate", 0.41, Map.of("sex", "male"), 77_012L, "holdout", 3),
                result("selection_rate", 0.33, Map.of("age_band", "18-25"), null, "holdout", 4),
                result("selection_rate", 0.40, Map.of("age_band", "26-40"), 51_000L, "holdout", 5),
                result("selection_rate", 0.39, Map.of("sex", "female"), 9_000L, "oot", 6),
                result("selection_rate", 0.30, Map.of("region", "north"), 40_000L, "holdout", 7),
                result("selection_rate", 0.30, Map.of("sex", "female", "age_band", "18-25"), 4_000L, "holdout", 8),
                result("selection_rate", 0.40, Map.of(), 158_246L, "holdout", 9));

        List<Object> comparisons = FairnessView.comparisons(results, List.of("sex", "age_band"));

        assertThat(comparisons).containsExactly(
                Map.of("metric", "selection_rate", "dataset", "holdout", "attribute", "age_band", "groups", List.of(
                        Map.of("group", "26-40", "value", 0.40, "count", 51_000L, "file", FILE, "line", 5L),
                        Map.of("group", "18-25", "value", 0.33, "file", FILE, "line", 4L))),
                Map.of("metric", "selection_rate", "dataset", "holdout", "attribute", "sex", "groups", List.of(
                        Map.of("group", "male", "value", 0.41, "count", 77_012L, "file", FILE, "line", 3L),
                        Map.of("group", "female", "value", 0.37, "count", 81_234L, "file", FILE, "line", 2L))),
                Map.of("metric", "selection_rate", "dataset", "oot", "attribute", "sex", "groups", List.of(
                        Map.of("group", "female", "value", 0.39, "count", 9_000L, "file", FILE, "line", 6L))));
    }

    @Test
    void tiesAreOrderedByGroupNameAndNoProtectedAttributesMeansNoComparison() {
        List<MetricResult> results = List.of(
                result("true_positive_rate", 0.8, Map.of("sex", "male"), null, null, 2),
                result("true_positive_rate", 0.8, Map.of("sex", "female"), null, null, 3));

        List<Object> comparisons = FairnessView.comparisons(results, List.of("sex"));

        assertThat(comparisons).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> comparison = (Map<String, Object>) comparisons.get(0);
        assertThat(comparison).doesNotContainKey("dataset");
        List<Object> groups = ((List<?>) comparison.get("groups")).stream().map(g -> ((Map<?, ?>) g).get("group"))
                .map(Object.class::cast).toList();
        assertThat(groups).containsExactly("female", "male");
        assertThat(FairnessView.comparisons(results, List.of())).isEmpty();
    }
}
