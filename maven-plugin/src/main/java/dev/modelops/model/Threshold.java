package dev.modelops.model;

/**
 * The bound a metric must meet, declared with the evaluation: {@code min} for metrics where higher is better
 * (AUC, accuracy), {@code max} where lower is better (error rate, PSI). Either may be null, not both.
 */
public record Threshold(Double min, Double max) {

    public boolean isMetBy(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
