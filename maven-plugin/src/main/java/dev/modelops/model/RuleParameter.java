package dev.modelops.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A parameter a rule declares ({@code params:} in its pack), with the value in force: the declared default, or
 * the project's override. Expressions read it as {@code params.<name>}. Values are held as CEL sees them:
 * {@code Long} for integer, {@code Double} for number, {@code String}, {@code Boolean}, and
 * {@link java.time.Duration} for duration.
 */
public record RuleParameter(String name, Type type, Object value, String description) {

    /** The kinds of parameter value, as written in a rule file's {@code type:}. */
    public enum Type {
        NUMBER("a number such as 0.8"),
        INTEGER("a whole number such as 365"),
        STRING("a text"),
        BOOLEAN("true or false"),
        DURATION("an ISO-8601 duration such as P365D or PT12H");

        private final String expected;

        Type(String expected) {
            this.expected = expected;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What a value of this type looks like, for messages. */
        public String expected() {
            return expected;
        }

        public static Optional<Type> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String wanted = text.trim().toUpperCase(Locale.ROOT);
            return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
        }

        public static String allLabels() {
            return Arrays.stream(values()).map(Type::label).collect(Collectors.joining(", "));
        }

        /**
         * {@code text} read as a value of this type, as written in the POM: JSON number syntax for numbers,
         * {@code true}/{@code false}, ISO-8601 for durations (negative durations refused); empty when it is not one.
         */
        public Optional<Object> fromText(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String trimmed = text.trim();
            try {
                return switch (this) {
                    case STRING -> Optional.of(text);
                    case BOOLEAN -> trimmed.equals("true") || trimmed.equals("false")
                            ? Optional.of(Boolean.valueOf(trimmed)) : Optional.empty();
                    case INTEGER -> trimmed.matches("-?[0-9]{1,18}") ? Optional.of(Long.parseLong(trimmed)) : Optional.empty();
                    case NUMBER -> trimmed.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
                            ? finite(new BigDecimal(trimmed).doubleValue()) : Optional.empty();
                    case DURATION -> duration(trimmed);
                };
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private static Optional<Object> finite(double value) {
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        }

        private static Optional<Object> duration(String text) {
            try {
                Duration duration = Duration.parse(text);
                return duration.isNegative() ? Optional.empty() : Optional.of(duration);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** This parameter with another value in force (already of its type). */
    public RuleParameter withValue(Object newValue) {
        return new RuleParameter(name, type, newValue, description);
    }

    /** The value as the POM or a rule file would write it: {@code 365}, {@code 0.8}, {@code P365D}. */
    public String valueText() {
        if (value instanceof Duration duration && duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0) {
            return "P" + duration.toDays() + "D";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
