package dev.modelops.load;

/**
 * Checks on a metric result that a schema cannot express and every evaluation format shares. A reversed
 * interval or threshold is refused rather than passed on: a rule comparing the value to it would give an
 * answer that looks authoritative and means nothing.
 */
final class MetricConsistency {

    private MetricConsistency() {
    }

    /** What is wrong with a confidence interval, or null when nothing is. */
    static String intervalProblem(double lower, double upper) {
        return lower > upper ? "a confidence interval whose lower bound " + number(lower)
                + " is above its upper bound " + number(upper) : null;
    }

    /** What is wrong with a threshold, or null when nothing is. */
    static String thresholdProblem(Double min, Double max) {
        return min != null && max != null && min > max
                ? "a threshold whose min " + number(min) + " is above its max " + number(max) : null;
    }

    /** True when a confidence level is a fraction strictly between 0 and 1, as 0.95 for 95%. */
    static boolean isConfidenceLevel(double level) {
        return level > 0 && level < 1;
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
