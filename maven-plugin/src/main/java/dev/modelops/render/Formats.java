package dev.modelops.render;

import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Every number, date and location a report shows is formatted here, once, the same on every machine
 * ({@link Locale#ROOT}, UTC, no grouping separators). Templates and serializers never format numbers themselves.
 *
 * <p>A metric value is shown with at most {@value #DECIMALS} decimals (or {@value #DECIMALS} significant digits
 * below 1), unless that rounding would make it read as meeting a threshold it breaches, or as breaching one it
 * meets: then the exact value is shown. A reader must never see {@code 0.75} for a value of {@code 0.74999}
 * that fails {@code min 0.75}.
 */
public final class Formats {

    /** Decimals kept for values of 1 and above; significant digits kept for values below 1. */
    static final int DECIMALS = 4;

    private static final MathContext SIGNIFICANT = new MathContext(DECIMALS, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter READABLE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** A number for reading: {@code 0.8123}, {@code 12.5}, {@code 1200}, {@code 0.00001235}; never an exponent. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        return rounded(value).toPlainString();
    }

    /**
     * The exact decimal a double stands for, as short as Java can print it ({@code 0.74999}, {@code 0.1}):
     * for declared bounds, and for values whose rounding would misrepresent a threshold check.
     */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        return strip(BigDecimal.valueOf(value)).toPlainString();
    }

    /**
     * A metric value, rounded like {@link #number(double)} unless the rounded figure would pass or fail
     * {@code threshold} differently from the real value; then printed exactly. {@code threshold} may be null.
     */
    public static String metricValue(double value, Threshold threshold) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        BigDecimal rounded = rounded(value);
        if (threshold != null && threshold.isMetBy(rounded.doubleValue()) != threshold.isMetBy(value)) {
            return exact(value);
        }
        return rounded.toPlainString();
    }

    /**
     * The change from {@code baseline} to {@code current}, exactly and with its sign: {@code +0.009} for 0.812
     * against 0.803 (the decimals both values are written with, never {@code 0.009000000000000008}),
     * {@code -0.02}, or {@code 0} when equal.
     */
    public static String change(double current, double baseline) {
        if (!Double.isFinite(current) || !Double.isFinite(baseline)) {
            return Double.isNaN(current - baseline) ? "NaN" : nonFinite(current - baseline);
        }
        BigDecimal difference = strip(BigDecimal.valueOf(current).subtract(BigDecimal.valueOf(baseline)));
        return difference.signum() > 0 ? "+" + difference.toPlainString() : difference.toPlainString();
    }

    /** {@code ≥ 0.75}, {@code ≤ 0.1}, {@code 0.2 – 0.8}, or "" without a threshold. Bounds are shown exactly. */
    public static String threshold(Threshold threshold) {
        if (threshold == null || threshold.min() == null && threshold.max() == null) {
            return "";
        }
        if (threshold.max() == null) {
            return "\u2265 " + exact(threshold.min());
        }
        if (threshold.min() == null) {
            return "\u2264 " + exact(threshold.max());
        }
        return exact(threshold.min()) + " \u2013 " + exact(threshold.max());
    }

    /** {@code [0.801, 0.823] at 95%}, {@code [0.801, 0.823]} without a level, or "" without an interval. */
    public static String confidenceInterval(ConfidenceInterval interval) {
        if (interval == null) {
            return "";
        }
        String bounds = "[" + number(interval.lower()) + ", " + number(interval.upper()) + "]";
        return interval.level() == null ? bounds : bounds + " at " + percent(interval.level());
    }

    /** {@code 0.95} as {@code 95%}. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return nonFinite(fraction);
        }
        return strip(BigDecimal.valueOf(fraction).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN))
                .toPlainString() + "%";
    }

    /** An instant as ISO-8601 in UTC, e.g. {@code 2026-11-01T00:00:00Z}: the machine-readable form. */
    public static String isoInstant(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** An instant for people, e.g. {@code 2026-11-01 00:00:00 UTC}. */
    public static String readableInstant(Instant instant) {
        return instant == null ? "" : READABLE_INSTANT.format(instant);
    }

    /** A date as ISO-8601, e.g. {@code 2026-09-14}, or "" when absent. */
    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /**
     * A review frequency written as an ISO-8601 period, followed by its plain reading when it is a simple one:
     * {@code P30D (every 30 days)}, {@code P1Y (every year)}. Anything else is shown as written.
     */
    public static String frequency(String isoPeriod) {
        if (isoPeriod == null || isoPeriod.isBlank()) {
            return "";
        }
        try {
            Period period = Period.parse(isoPeriod.trim());
            String reading = plainPeriod(period);
            return reading.isEmpty() ? isoPeriod : isoPeriod + " (" + reading + ")";
        } catch (DateTimeParseException e) {
            return isoPeriod;
        }
    }

    /** {@code file:line} as people cite a place in a file; {@code file} alone when the line is unknown. */
    public static String location(SourceLocation location) {
        if (location == null || location.file().isEmpty()) {
            return "";
        }
        return location.line() > 0 ? location.file() + ":" + location.line() : location.file();
    }

    /** {@code 1 violation}, {@code 3 violations}. */
    public static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    private static String plainPeriod(Period period) {
        int years = period.getYears();
        int months = period.getMonths();
        int days = period.getDays();
        if (years > 0 && months == 0 && days == 0) {
            return years == 1 ? "every year" : "every " + years + " years";
        }
        if (years == 0 && months > 0 && days == 0) {
            return months == 1 ? "every month" : "every " + months + " months";
        }
        if (years == 0 && months == 0 && days > 0) {
            if (days % 7 == 0) {
                return days == 7 ? "every week" : "every " + days / 7 + " weeks";
            }
            return days == 1 ? "every day" : "every " + days + " days";
        }
        return "";
    }

    private static BigDecimal rounded(double value) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = exact.abs().compareTo(BigDecimal.ONE) >= 0
                ? exact.setScale(DECIMALS, RoundingMode.HALF_EVEN)
                : exact.round(SIGNIFICANT);
        return strip(rounded);
    }

    private static BigDecimal strip(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String nonFinite(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return value > 0 ? "Infinity" : "-Infinity";
    }
}
