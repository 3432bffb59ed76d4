package dev.modelops.model;

import java.time.LocalDate;

/** A sign-off: who decided, in which role, on which day, what (approved, rejected, conditional) and why. */
public record Approval(String by, String role, LocalDate date, String decision, String comment) {
}
