package dev.modelops.model;

import java.util.List;

/**
 * How the model is watched in use: how often it is reviewed (an ISO-8601 period such as {@code P30D}),
 * which metrics are tracked, who is alerted, and a free description.
 */
public record MonitoringPlan(String frequency, List<String> metrics, String owner, String description) {
    public MonitoringPlan {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }
}
