package dev.modelops.evaluate;

import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One comparison of groups that the fairness rules make: a metric on one dataset across the groups of one
 * protected attribute, e.g. {@code selection_rate} on the holdout across {@code sex=female} and {@code sex=male}.
 * It is what the {@code fairness} variable of the rules holds ({@link FairnessView} turns it into CEL values) and
 * what the model card pictures, so that the two can never group, order or pick the reference group differently.
 *
 * <p>Built from a model's evaluation results on single-attribute slices of its protected attributes; results on
 * slices of several features, or of features not declared protected, are not part of any comparison. Groups are
 * sorted from the highest value to the lowest (ties by group name), so that the first group is the most favoured
 * one; comparisons are sorted by metric, dataset and attribute. {@code dataset} is "" when the results name none.
 */
public record FairnessComparison(String metric, String dataset, String attribute, List<Group> groups) {

    /** The rate of the favourable outcome in a group, compared by the four-fifths rule and demographic parity. */
    public static final String SELECTION_RATE = "selection_rate";
    /** The two error rates compared by equalized odds. */
    public static final String TRUE_POSITIVE_RATE = "true_positive_rate";
    public static final String FALSE_POSITIVE_RATE = "false_positive_rate";

    public FairnessComparison {
        groups = List.copyOf(groups);
    }

    /**
     * A group of the comparison: its value of the attribute ({@code female}), the metric's value, the number of
     * examples it was measured on (null when not given) and where the result is.
     */
    public record Group(String group, double value, Long count, SourceLocation source) {

        /**
         * True when the rules compare this group at a minimum group size of {@code minGroupSize}: a group with too
         * few examples is left out, a group without a count is compared (a missing count cannot show that the
         * group is small). The rule packs write the same test in CEL: {@code !has(g.count) || g.count >= min}.
         */
        public boolean comparedAt(long minGroupSize) {
            return count == null || count >= minGroupSize;
        }
    }

    /**
     * The groups compared at a minimum group size of {@code minGroupSize}, still from the highest value to the
     * lowest: the first is the reference the rules measure every other group against.
     */
    public List<Group> comparedGroups(long minGroupSize) {
        return groups.stream().filter(group -> group.comparedAt(minGroupSize)).toList();
    }

    /** The comparisons of {@code evaluations} over the {@code protectedAttributes}, in their stable order. */
    public static List<FairnessComparison> of(List<MetricResult> evaluations, List<String> protectedAttributes) {
        Set<String> attributes = new TreeSet<>(protectedAttributes);
        Map<List<String>, List<MetricResult>> byComparison = new TreeMap<>(FairnessComparison::compareKeys);
        for (MetricResult result : evaluations) {
            if (result.slice().size() != 1) {
                continue;
            }
            String attribute = result.slice().firstKey();
            if (!attributes.contains(attribute)) {
                continue;
            }
            String dataset = result.dataset() == null ? "" : result.dataset();
            byComparison.computeIfAbsent(List.of(result.metric(), dataset, attribute), key -> new ArrayList<>())
                    .add(result);
        }
        List<FairnessComparison> comparisons = new ArrayList<>(byComparison.size());
        byComparison.forEach((key, results) -> comparisons.add(comparison(key, results)));
        return List.copyOf(comparisons);
    }

    private static FairnessComparison comparison(List<String> key, List<MetricResult> results) {
        String attribute = key.get(2);
        List<MetricResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(MetricResult::value).reversed()
                .thenComparing(result -> result.slice().get(attribute)));
        List<Group> groups = new ArrayList<>(sorted.size());
        for (MetricResult result : sorted) {
            groups.add(new Group(result.slice().get(attribute), result.value(), result.count(), result.source()));
        }
        return new FairnessComparison(key.get(0), key.get(1), attribute, groups);
    }

    private static int compareKeys(List<String> left, List<String> right) {
        for (int i = 0; i < left.size(); i++) {
            int order = left.get(i).compareTo(right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
