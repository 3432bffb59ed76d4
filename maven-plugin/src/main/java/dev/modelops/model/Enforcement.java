package dev.modelops.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a violation of a rule does, independently of how much it matters ({@link Severity}). {@link #FAIL}: it
 * blocks the release when its severity is at or above the fail threshold, and is a warning below it (the
 * default). {@link #WARN}: it is always a warning, never blocks. {@link #AUDIT}: it is recorded in the reports,
 * neither logged as a warning nor blocking. {@link #OFF}: the rule is not evaluated at all.
 */
public enum Enforcement {
    FAIL, WARN, AUDIT, OFF;

    /** The lower-case name used in rule files, the POM and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Enforcement> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.name().equals(wanted)).findFirst();
    }

    /** "fail, warn, audit, off": for messages that say what was expected. */
    public static String allLabels() {
        return Arrays.stream(values()).map(Enforcement::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label();
    }
}
