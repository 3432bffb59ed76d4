package dev.modelops.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding behind the rule functions {@code roundDown} and {@code roundUp}: to a number of decimal places,
 * always towards minus or plus infinity, from the shortest decimal that reads back as the double (so that
 * {@code 0.3} is not taken for {@code 0.29999999999999998890}). Rounding down never lifts a value to a minimum it
 * misses, rounding up never lowers a value to a maximum it exceeds: a failing value is never printed as passing.
 * Places outside 0 to 15 are clamped to that range; infinities and NaN are returned as they are. Public so that
 * the model card prints the numbers the fairness rules compare exactly as their messages do.
 */
public final class Rounding {

    static final int MAX_PLACES = 15;

    private Rounding() {
    }

    public static double down(double value, long places) {
        return round(value, places, RoundingMode.FLOOR);
    }

    public static double up(double value, long places) {
        return round(value, places, RoundingMode.CEILING);
    }

    private static double round(double value, long places, RoundingMode mode) {
        if (!Double.isFinite(value)) {
            return value;
        }
        int scale = (int) Math.max(0, Math.min(MAX_PLACES, places));
        return new BigDecimal(Double.toString(value)).setScale(scale, mode).doubleValue();
    }
}
