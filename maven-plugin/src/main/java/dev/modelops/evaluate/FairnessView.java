package dev.modelops.evaluate;

import dev.modelops.model.MetricResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code fairness} variable: a model's evaluation results on single-attribute slices of its protected
 * attributes, grouped so that groups can be compared. One comparison per metric, dataset and attribute, e.g.
 * {@code selection_rate} on the holdout across {@code sex=female} and {@code sex=male}:
 *
 * <pre>{metric: 'selection_rate', dataset: 'holdout', attribute: 'sex',
 *  groups: [{group: 'male', value: 0.41, count: 81234}, {group: 'female', value: 0.37, count: 77012}]}</pre>
 *
 * Groups are sorted from the highest value to the lowest (ties by group name), so that {@code groups[0]} is the
 * most favoured group and the four-fifths ratio of a group {@code g} is {@code g.value / groups[0].value}; rules
 * filter by {@code count} first when they set a minimum group size. {@code count} is absent when the evaluation
 * did not give it. Results on slices of several features, or of features that are not declared protected, are
 * not part of it. Comparisons are sorted by metric, dataset and attribute, so rules and messages are stable.
 */
final class FairnessView {

    private FairnessView() {
    }

    static List<Object> comparisons(List<MetricResult> evaluations, List<String> protectedAttributes) {
        Set<String> attributes = new TreeSet<>(protectedAttributes);
        Map<List<String>, List<MetricResult>> byComparison = new TreeMap<>(FairnessView::compareKeys);
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
        List<Object> comparisons = new ArrayList<>(byComparison.size());
        byComparison.forEach((key, results) -> comparisons.add(comparison(key, results)));
        return Collections.unmodifiableList(comparisons);
    }

    private static Map<String, Object> comparison(List<String> key, List<MetricResult> results) {
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("metric", key.get(0));
        if (!key.get(1).isEmpty()) {
            comparison.put("dataset", key.get(1));
        }
        comparison.put("attribute", key.get(2));
        List<MetricResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(MetricResult::value).reversed()
                .thenComparing(result -> result.slice().get(key.get(2))));
        List<Object> groups = new ArrayList<>(sorted.size());
        for (MetricResult result : sorted) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("group", result.slice().get(key.get(2)));
            group.put("value", result.value());
            if (result.count() != null) {
                group.put("count", result.count());
            }
            if (result.source() != null) {
                group.put("file", result.source().file());
                if (result.source().line() > 0) {
                    group.put("line", (long) result.source().line());
                }
            }
            groups.add(Collections.unmodifiableMap(group));
        }
        comparison.put("groups", Collections.unmodifiableList(groups));
        return Collections.unmodifiableMap(comparison);
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
