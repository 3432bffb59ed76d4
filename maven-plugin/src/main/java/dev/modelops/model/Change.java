package dev.modelops.model;

import java.time.LocalDate;

/** An entry of the model's change log: the version produced, the day, the status reached if any, and what changed. */
public record Change(String version, LocalDate date, String status, String description) {
}
