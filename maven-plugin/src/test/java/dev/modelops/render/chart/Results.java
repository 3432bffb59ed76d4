package dev.modelops.render.chart;

import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Metric results for chart tests, each at its own line of an evaluation file. */
final class Results {

    static final String FILE = "src/main/models/credit-scoring/evaluations/holdout.json";
    static final LocalDate DAY = LocalDate.of(2026, 8, 28);

    private Results() {
    }

    static MetricResult result(String metric, double value, Map<String, String> slice, ConfidenceInterval interval,
            Threshold threshold, String dataset) {
        return new MetricResult(metric, value, new TreeMap<>(slice), interval, threshold, dataset, DAY,
                new SourceLocation(FILE, 2, 0, ""), null);
    }

    static MetricResult overall(String metric, double value, Threshold threshold) {
        return result(metric, value, Map.of(), null, threshold, "holdout");
    }

    static MetricResult slice(String metric, String feature, String group, double value, Threshold threshold) {
        return result(metric, value, Map.of(feature, group), null, threshold, "holdout");
    }

    static MetricResult group(String metric, String attribute, String group, double value, Long count,
            String dataset) {
        return new MetricResult(metric, value, new TreeMap<>(Map.of(attribute, group)), null, null, dataset, DAY,
                new SourceLocation(FILE, 2, 0, ""), count);
    }

    static MetricResult dated(String metric, double value, Threshold threshold, String dataset, LocalDate date) {
        return new MetricResult(metric, value, new TreeMap<>(), null, threshold, dataset, date,
                new SourceLocation(FILE, 2, 0, ""), null);
    }

    static Threshold min(double min) {
        return new Threshold(min, null);
    }

    static Threshold max(double max) {
        return new Threshold(null, max);
    }

    static ConfidenceInterval interval(double lower, double upper) {
        return new ConfidenceInterval(lower, upper, 0.95);
    }
}
