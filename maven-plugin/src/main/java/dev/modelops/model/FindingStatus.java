package dev.modelops.model;

import java.util.Locale;

/** The outcome of one rule on one model. */
public enum FindingStatus {
    /** The rule's expression held. */
    PASSED,
    /** The rule's expression did not hold: a violation. */
    FAILED,
    /** The rule's {@code when} condition was false: the rule does not apply to this model. */
    NOT_APPLICABLE,
    /** The rule could not be evaluated on this model (for example a field of the wrong type); treated as a violation. */
    ERROR,
    /**
     * A violation (failed or error) covered by a waiver in force: shown with the waiver's justification,
     * approver, ticket and expiry, but neither blocking nor a warning.
     */
    WAIVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isViolation() {
        return this == FAILED || this == ERROR;
    }

    @Override
    public String toString() {
        return label();
    }
}
