package dev.modelops.model;

/** A confidence interval around a metric value; {@code level} is e.g. 0.95 (may be null when not stated). */
public record ConfidenceInterval(double lower, double upper, Double level) {
}
