package dev.modelops.evaluate;

import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns a value a CEL expression returned into the text a reader sees in a finding message. Numbers are shown
 * exactly (a failing 0.7999 never reads as 0.80), without exponent notation for ordinary magnitudes; a
 * timestamp at midnight UTC is a date ({@code 2026-09-14}); lists are joined with {@code ", "}.
 */
public final class ValueText {

    /** Shown for an empty list or map, so that "people listed: (none)" does not end in nothing. */
    static final String NONE = "(none)";

    private static final double PLAIN_MAX = 1e21;
    private static final double PLAIN_MIN = 1e-7;
    private static final long SECONDS_PER_DAY = 86_400;

    private ValueText() {
    }

    /** The text of a value at the top level of a placeholder: a list is its elements joined by ", ". */
    public static String of(Object value) {
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? NONE : join(list);
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? NONE : entries(map);
        }
        return scalar(value);
    }

    /** A double as the shortest decimal that reads back as the same double, in plain notation when reasonable. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= PLAIN_MAX || magnitude < PLAIN_MIN) {
            return Double.toString(value);
        }
        // Double.toString is the shortest representation that round-trips; BigDecimal only drops its exponent.
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String nested(Object value) {
        if (value instanceof Collection<?> list) {
            return "[" + join(list) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            return "{" + entries(map) + "}";
        }
        return scalar(value);
    }

    private static String join(Collection<?> list) {
        StringBuilder text = new StringBuilder();
        for (Iterator<?> it = list.iterator(); it.hasNext();) {
            text.append(nested(it.next()));
            if (it.hasNext()) {
                text.append(", ");
            }
        }
        return text.toString();
    }

    private static String entries(Map<?, ?> map) {
        StringBuilder text = new StringBuilder();
        for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext();) {
            Map.Entry<?, ?> entry = it.next();
            text.append(nested(entry.getKey())).append('=').append(nested(entry.getValue()));
            if (it.hasNext()) {
                text.append(", ");
            }
        }
        return text.toString();
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant instant) {
            return instant(instant);
        }
        if (value instanceof Duration duration) {
            return duration(duration);
        }
        if (value instanceof CelByteString bytes) {
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        }
        if (value instanceof NullValue) {
            return "null";
        }
        return String.valueOf(value);
    }

    private static String instant(Instant instant) {
        if (instant.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
        }
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Whole days as "365 days"; anything finer as CEL writes durations ("90s", "1.5s"). */
    private static String duration(Duration duration) {
        if (!duration.isZero() && duration.getNano() == 0 && duration.getSeconds() % SECONDS_PER_DAY == 0) {
            long days = duration.toDays();
            return days + (Math.abs(days) == 1 ? " day" : " days");
        }
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        return seconds.stripTrailingZeros().toPlainString() + "s";
    }
}
