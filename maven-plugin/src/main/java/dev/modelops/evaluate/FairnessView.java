package dev.modelops.evaluate;

import dev.modelops.model.MetricResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fairness} variable: the {@link FairnessComparison}s of a model, as CEL values. One comparison per
 * metric, dataset and attribute, e.g. {@code selection_rate} on the holdout across {@code sex=female} and
 * {@code sex=male}:
 *
 * <pre>{metric: 'selection_rate', dataset: 'holdout', attribute: 'sex',
 *  groups: [{group: 'male', value: 0.41, count: 81234}, {group: 'female', value: 0.37, count: 77012}]}</pre>
 *
 * Groups are sorted from the highest value to the lowest (ties by group name), so that {@code groups[0]} is the
 * most favoured group and the four-fifths ratio of a group {@code g} is {@code g.value / groups[0].value}; rules
 * filter by {@code count} first when they set a minimum group size. {@code count} is absent when the evaluation
 * did not give it, {@code dataset} when the results name none. Results on slices of several features, or of
 * features that are not declared protected, are not part of it. Comparisons are sorted by metric, dataset and
 * attribute, so rules and messages are stable.
 */
final class FairnessView {

    private FairnessView() {
    }

    static List<Object> comparisons(List<MetricResult> evaluations, List<String> protectedAttributes) {
        List<FairnessComparison> comparisons = FairnessComparison.of(evaluations, protectedAttributes);
        List<Object> values = new ArrayList<>(comparisons.size());
        for (FairnessComparison comparison : comparisons) {
            values.add(comparison(comparison));
        }
        return Collections.unmodifiableList(values);
    }

    private static Map<String, Object> comparison(FairnessComparison comparison) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("metric", comparison.metric());
        if (!comparison.dataset().isEmpty()) {
            value.put("dataset", comparison.dataset());
        }
        value.put("attribute", comparison.attribute());
        List<Object> groups = new ArrayList<>(comparison.groups().size());
        for (FairnessComparison.Group member : comparison.groups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("group", member.group());
            group.put("value", member.value());
            if (member.count() != null) {
                group.put("count", member.count());
            }
            if (member.source() != null) {
                group.put("file", member.source().file());
                if (member.source().line() > 0) {
                    group.put("line", (long) member.source().line());
                }
            }
            groups.add(Collections.unmodifiableMap(group));
        }
        value.put("groups", Collections.unmodifiableList(groups));
        return Collections.unmodifiableMap(value);
    }
}
