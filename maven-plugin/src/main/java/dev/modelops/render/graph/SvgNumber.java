package dev.modelops.render.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Coordinates as SVG reads them: one decimal, a point as decimal separator, never an exponent, never
 * {@code -0.0}; the same text on every machine whatever its locale. A tenth of a pixel is finer than any screen
 * or printer shows, and one decimal keeps the page small.
 */
final class SvgNumber {

    private SvgNumber() {
    }

    static String of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a coordinate: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? "0.0" : rounded.toPlainString();
    }
}
