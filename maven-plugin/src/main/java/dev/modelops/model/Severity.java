package dev.modelops.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How much a broken rule matters, from {@link #INFO} to {@link #CRITICAL}; ordered so that later is worse. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    /** The lower-case name used in rule files, reports and parameters. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }

    /** "info, low, medium, high, critical": for messages that say what was expected. */
    public static String allLabels() {
        return Arrays.stream(values()).map(Severity::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label();
    }
}
