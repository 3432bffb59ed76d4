package dev.modelops.model;

import java.time.LocalDate;

/**
 * A sign-off: who decided, in which role, on which day, what (approved, rejected, conditional) and why, and the
 * SHA-256 of the artifact that was reviewed when the sign-off names one.
 */
public record Approval(String by, String role, LocalDate date, String decision, String comment, String artifactSha256) {

    public Approval(String by, String role, LocalDate date, String decision, String comment) {
        this(by, role, date, decision, comment, null);
    }
}
