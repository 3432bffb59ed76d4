package dev.modelops.model;

/**
 * The resources a model may use in serving: 95th-percentile latency in milliseconds, peak memory and artifact
 * size in MiB. Absent budgets are null.
 */
public record ResourceBudgets(Double latencyP95Ms, Double memoryMb, Double artifactSizeMb) {
}
