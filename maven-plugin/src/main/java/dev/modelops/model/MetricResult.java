package dev.modelops.model;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One measured metric of a model: its name and value, the slice it was measured on (feature to value; empty
 * for the whole dataset), an optional confidence interval and threshold, the dataset, the date, the place in
 * the evaluation file it came from, and the number of examples it was measured on (fairness rules need group
 * sizes), null when not given.
 */
public record MetricResult(
        String metric,
        double value,
        SortedMap<String, String> slice,
        ConfidenceInterval confidenceInterval,
        Threshold threshold,
        String dataset,
        LocalDate date,
        SourceLocation source,
        Long count) {

    public MetricResult {
        slice = slice == null ? new TreeMap<>() : new TreeMap<>(slice);
    }

    /** A result without the number of examples it was measured on. */
    public MetricResult(String metric, double value, SortedMap<String, String> slice,
            ConfidenceInterval confidenceInterval, Threshold threshold, String dataset, LocalDate date,
            SourceLocation source) {
        this(metric, value, slice, confidenceInterval, threshold, dataset, date, source, null);
    }

    /** {@code sex=female, age=18-25}, or {@code overall} for the whole dataset. */
    public String sliceLabel() {
        if (slice.isEmpty()) {
            return "overall";
        }
        StringBuilder label = new StringBuilder();
        slice.forEach((feature, value) -> {
            if (label.length() > 0) {
                label.append(", ");
            }
            label.append(feature).append('=').append(value);
        });
        return label.toString();
    }

    /** True when a threshold is declared and the value does not meet it. */
    public boolean breachesThreshold() {
        return threshold != null && !threshold.isMetBy(value);
    }
}
