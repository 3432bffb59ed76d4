package dev.modelops.model;

/**
 * A mistake in an input file that the user can fix: where it is, what was found there and what was expected.
 * Printed as {@code file:line:column: at /pointer: found X, expected Y}.
 */
public record InputProblem(SourceLocation location, String found, String expected) {

    public String describe() {
        StringBuilder text = new StringBuilder(location.toString()).append(": ");
        if (!location.pointer().isEmpty()) {
            text.append("at ").append(location.pointer()).append(": ");
        }
        text.append(found);
        if (expected != null && !expected.isBlank()) {
            text.append(", expected ").append(expected);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
