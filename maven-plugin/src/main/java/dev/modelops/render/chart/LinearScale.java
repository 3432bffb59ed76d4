package dev.modelops.render.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps values onto pixels along one axis, over a domain widened to "nice" round ticks (steps of 1, 2, 2.5 or 5
 * times a power of ten: 0.70, 0.75, 0.80 rather than 0.7123, 0.7456), so that a reader can read a position
 * off the axis. Tick values are exact decimals ({@link BigDecimal}): a label never reads 0.30000000000000004.
 *
 * <p>A value outside the domain is placed at its nearer end ({@link #at(double)}) and {@link #contains(double)}
 * says so, so a chart can mark it as off the scale instead of drawing outside its frame. The range may run
 * backwards ({@code from > to}), as a vertical axis does whose high values are at the top.
 */
final class LinearScale {

    private static final int[] NICE_STEPS_TENTHS = {10, 20, 25, 50, 100};
    private static final MathContext PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private final double min;
    private final double max;
    private final double from;
    private final double to;
    private final List<Tick> ticks;

    private LinearScale(double min, double max, double from, double to, List<Tick> ticks) {
        this.min = min;
        this.max = max;
        this.from = from;
        this.to = to;
        this.ticks = List.copyOf(ticks);
    }

    /** A tick of the axis: its value, its label, and where it is. */
    record Tick(double value, String label, double position) {
    }

    /**
     * A scale from {@code from} to {@code to} pixels whose domain covers {@code low} to {@code high} (finite,
     * in either order) widened to about {@code targetTicks} nice steps. When {@code fromZero} and no value is
     * negative, the domain starts at 0 (bars must start at zero to be read by their length).
     */
    static LinearScale covering(double low, double high, double from, double to, int targetTicks, boolean fromZero) {
        double lo = Math.min(low, high);
        double hi = Math.max(low, high);
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (fromZero && lo > 0) {
            lo = 0;
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
            if (fromZero && low >= 0 && lo < 0) {
                lo = 0;
            }
        }
        double span = hi - lo;
        if (!Double.isFinite(span) || span <= 0) {
            return plain(lo, hi, from, to);
        }
        BigDecimal step = niceStep(span / Math.max(1, targetTicks));
        BigDecimal first = BigDecimal.valueOf(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal last = BigDecimal.valueOf(hi).divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (fromZero && low >= 0 && first.signum() < 0) {
            first = BigDecimal.ZERO;
        }
        int scale = Math.max(0, step.stripTrailingZeros().scale());
        double niceMin = first.doubleValue();
        double niceMax = last.doubleValue();
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal tick = first; tick.compareTo(last) <= 0; tick = tick.add(step)) {
            double value = tick.doubleValue();
            ticks.add(new Tick(value, tick.setScale(scale, RoundingMode.HALF_EVEN).toPlainString(),
                    position(value, niceMin, niceMax, from, to)));
        }
        return new LinearScale(niceMin, niceMax, from, to, ticks);
    }

    /**
     * A scale over {@code low} to {@code high} widened by {@code padding} (a fraction of the span) on each side, so
     * that no mark sits on the frame, but never across 0 when no value is negative, nor across 1 when every value
     * is between 0 and 1: a rate's axis does not show -0.005 or 1.02.
     */
    static LinearScale around(double low, double high, double padding, double from, double to, int targetTicks) {
        double pad = high > low ? (high - low) * padding : low == 0 ? 1 : Math.abs(low) * 0.1;
        double lo = low - pad;
        double hi = high + pad;
        if (low >= 0 && lo < 0) {
            lo = 0;
        }
        if (low >= 0 && high <= 1 && hi > 1) {
            hi = 1;
        }
        return covering(lo, hi, from, to, targetTicks, false);
    }

    /** The domain as given, with ticks at its two ends only: for spans too large for round steps. */
    private static LinearScale plain(double lo, double hi, double from, double to) {
        double max = hi > lo ? hi : lo + 1;
        return new LinearScale(lo, max, from, to, List.of(
                new Tick(lo, Double.toString(lo), from), new Tick(max, Double.toString(max), to)));
    }

    /** The smallest step of 1, 2, 2.5, 5 or 10 times a power of ten that is at least {@code raw}. */
    static BigDecimal niceStep(double raw) {
        int exponent = (int) Math.floor(Math.log10(raw));
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal normalized = new BigDecimal(raw, PRECISION).divide(magnitude, PRECISION);
        for (int tenths : NICE_STEPS_TENTHS) {
            BigDecimal candidate = BigDecimal.valueOf(tenths, 1);
            if (normalized.compareTo(candidate) <= 0) {
                return candidate.multiply(magnitude).stripTrailingZeros();
            }
        }
        return BigDecimal.TEN.multiply(magnitude).stripTrailingZeros();
    }

    /** The pixel of {@code value}, at the nearer end of the range when the value is outside the domain. */
    double at(double value) {
        if (Double.isNaN(value)) {
            return from;
        }
        double clamped = Math.max(min, Math.min(max, value));
        return position(clamped, min, max, from, to);
    }

    /** True when {@code value} is finite and within the domain, so {@link #at} shows it where it is. */
    boolean contains(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    List<Tick> ticks() {
        return ticks;
    }

    private static double position(double value, double min, double max, double from, double to) {
        return from + (value - min) / (max - min) * (to - from);
    }
}
