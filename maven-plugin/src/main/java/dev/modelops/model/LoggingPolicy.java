package dev.modelops.model;

import java.util.List;

/** What the system records in use, how many days the records are kept, and where they go. */
public record LoggingPolicy(List<String> events, Long retentionDays, String description) {

    public LoggingPolicy {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
