package dev.modelops.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.model.ConfidenceInterval;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code value} of a Hugging Face {@code model-index} metric as it is found in real cards: a number
 * ({@code 0.9}), a number written as text ({@code "0.9"}), a percentage ({@code "25.59%"}, read as its fraction
 * 0.2559), or a value with its spread ({@code "286.26 +/- 16.68"}, also {@code +-} and {@code ±}, read as 286.26
 * with the interval [269.58, 302.94] and no level, since a card does not say whether the spread is a standard
 * deviation or a confidence half-width). Arithmetic is decimal, so 286.26 - 16.68 is 269.58, not
 * 269.58000000000004. Anything else (text, null, a mapping, a list, a boolean, NaN) is not a value.
 */
final class MetricValueText {

    /** A metric value read: the number, and the interval a spread gives (null without one). */
    record Value(double value, ConfidenceInterval interval) {
    }

    private static final String UNSIGNED = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
    private static final Pattern WRITTEN = Pattern.compile(
            "([+-]?" + UNSIGNED + ")\\s*(%?)(?:\\s*(?:\\+/-|\\+-|±)\\s*(" + UNSIGNED + ")\\s*(%?))?");

    private MetricValueText() {
    }

    /** The value {@code node} holds, or empty when it holds none that can be read. */
    static Optional<Value> read(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            return Double.isFinite(value) ? Optional.of(new Value(value, null)) : Optional.empty();
        }
        if (!node.isTextual()) {
            return Optional.empty();
        }
        Matcher matcher = WRITTEN.matcher(node.asText().strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean percent = !matcher.group(2).isEmpty();
        BigDecimal value = scaled(new BigDecimal(matcher.group(1)), percent);
        if (matcher.group(3) == null) {
            return Optional.of(new Value(value.doubleValue(), null));
        }
        boolean spreadPercent = !matcher.group(4).isEmpty();
        if (spreadPercent && !percent) {
            // "85.3 ± 1.2%": a relative spread or a typo; either way not an interval around 85.3 to guess at.
            return Optional.empty();
        }
        BigDecimal spread = scaled(new BigDecimal(matcher.group(3)), percent);
        return Optional.of(new Value(value.doubleValue(),
                new ConfidenceInterval(value.subtract(spread).doubleValue(), value.add(spread).doubleValue(), null)));
    }

    private static BigDecimal scaled(BigDecimal number, boolean percent) {
        return percent ? number.movePointLeft(2) : number;
    }
}
