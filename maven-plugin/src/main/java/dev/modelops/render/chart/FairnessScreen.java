package dev.modelops.render.chart;

import dev.modelops.evaluate.FairnessComparison;
import dev.modelops.evaluate.Rounding;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.render.Formats;
import java.util.List;
import java.util.Map;

/**
 * A screen of the fairness rule pack ({@code rules/fairness.yaml}) as the card pictures it, with the parameters
 * in force (the pack's defaults or the project's overrides):
 * <ul>
 *   <li>{@link Kind#RATIO}, rule {@value #FOUR_FIFTHS_RULE}: each compared group's selection rate divided by
 *       the reference group's (the highest compared) must be at least {@code minRatio}, so the line is at
 *       {@code minRatio × reference};</li>
 *   <li>{@link Kind#DIFFERENCE}, rule {@value #EQUALIZED_ODDS_RULE}: the highest minus the lowest true or false
 *       positive rate of the compared groups must be at most {@code maxDifference}, so every group must lie
 *       within {@code maxDifference} below the highest.</li>
 * </ul>
 * The groups compared, their order and the reference are {@link FairnessComparison}'s, the same the rules read.
 * The tests against a group are those the pack writes in CEL, margin included: a ratio or difference that
 * equals its bound in decimal arithmetic passes ({@value #MARGIN} allowed for binary rounding). Numbers are
 * rounded for reading as the rules' messages round them: a ratio down, a difference up, so that a failing value
 * never reads as passing. {@code FairnessChartRulesTest} checks picture and rules against each other.
 */
public record FairnessScreen(Kind kind, String ruleId, double bound, long minGroupSize, boolean inForce) {

    public static final String FOUR_FIFTHS_RULE = "fairness.disparate-impact-ratio";
    public static final String EQUALIZED_ODDS_RULE = "fairness.equalized-odds";
    /** The allowance of the pack's comparisons for binary rounding of decimal arithmetic. */
    static final double MARGIN = 0.000000001;

    /** The pack's defaults, drawn when its rules are not in force (the conventional four-fifths, and 0.1). */
    private static final double DEFAULT_MIN_RATIO = 0.8;
    private static final double DEFAULT_MAX_DIFFERENCE = 0.1;
    private static final long DEFAULT_MIN_GROUP_SIZE = 30;

    public enum Kind { RATIO, DIFFERENCE }

    /** The screen of the selection rate: the four-fifths rule, with its parameters in force among {@code rules}. */
    public static FairnessScreen fourFifths(List<Rule> rules) {
        Rule rule = find(rules, FOUR_FIFTHS_RULE);
        return new FairnessScreen(Kind.RATIO, FOUR_FIFTHS_RULE, number(rule, "minRatio", DEFAULT_MIN_RATIO),
                whole(rule, "minGroupSize", DEFAULT_MIN_GROUP_SIZE), rule != null);
    }

    /** The screen of the true and false positive rates: equalized odds, with its parameters in force. */
    public static FairnessScreen equalizedOdds(List<Rule> rules) {
        Rule rule = find(rules, EQUALIZED_ODDS_RULE);
        return new FairnessScreen(Kind.DIFFERENCE, EQUALIZED_ODDS_RULE,
                number(rule, "maxDifference", DEFAULT_MAX_DIFFERENCE),
                whole(rule, "minGroupSize", DEFAULT_MIN_GROUP_SIZE), rule != null);
    }

    /** Where the line is for a reference value: {@code minRatio × reference}, or {@code reference − maxDifference}. */
    public double line(double reference) {
        return kind == Kind.RATIO ? reference * bound : reference - bound;
    }

    /**
     * True when {@code value} fails the screen against {@code reference}, exactly as the rule decides (a
     * reference of 0 or less makes no ratio, and the four-fifths rule passes every group then).
     */
    public boolean fails(double value, double reference) {
        if (kind == Kind.RATIO) {
            return reference > 0.0 && value / reference < bound - MARGIN;
        }
        return reference - value > bound + MARGIN;
    }

    /** The number the rule's message prints for a group: its ratio rounded down, or its gap rounded up. */
    public String measure(double value, double reference) {
        if (kind == Kind.RATIO) {
            return reference > 0.0 ? Formats.exact(Rounding.down(Rounding.up(value / reference, 12), 3)) : "";
        }
        return Formats.exact(Rounding.up(Rounding.down(reference - value, 12), 3));
    }

    /** {@code four-fifths} for the conventional ratio 0.8, else the bound as written ({@code 0.75}). */
    public String ratioName() {
        return bound == DEFAULT_MIN_RATIO ? "four-fifths" : boundText();
    }

    /** {@code 0.8}, as the bound is written. */
    public String boundText() {
        return Formats.exact(bound);
    }

    private static Rule find(List<Rule> rules, String id) {
        for (Rule rule : rules) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        return null;
    }

    private static double number(Rule rule, String name, double fallback) {
        Object value = value(rule, name);
        return value instanceof Number number && Double.isFinite(number.doubleValue()) ? number.doubleValue() : fallback;
    }

    private static long whole(Rule rule, String name, long fallback) {
        Object value = value(rule, name);
        return value instanceof Number number ? number.longValue() : fallback;
    }

    private static Object value(Rule rule, String name) {
        if (rule == null) {
            return null;
        }
        Map<String, RuleParameter> params = rule.params();
        RuleParameter parameter = params.get(name);
        return parameter == null ? null : parameter.value();
    }
}
