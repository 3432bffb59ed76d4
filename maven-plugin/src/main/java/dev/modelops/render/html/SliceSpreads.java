package dev.modelops.render.html;

import static dev.modelops.render.html.PageFactory.ABSENT;
import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.GovernedModel;
import dev.modelops.model.MetricResult;
import dev.modelops.render.Formats;
import dev.modelops.render.NaturalOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The quantitative analyses of a model card ({@link CardPage.QuantitativeSection}): for each metric measured on
 * slices of a dataset, how far apart its slices are, lowest to highest, next to its whole-dataset value, so that a
 * reader sees at once where performance is uneven. Each result itself, with its interval and threshold, is in the
 * metrics table; values are written as there, never rounded across a threshold.
 */
final class SliceSpreads {

    private SliceSpreads() {
    }

    /** The results of one metric on one dataset. */
    private static final class Group {
        private MetricResult overall;
        private MetricResult lowest;
        private MetricResult highest;
        private final Set<String> dimensions = new TreeSet<>(NaturalOrder.INSTANCE);
        private int slices;
        private int breached;
    }

    static CardPage.QuantitativeSection of(GovernedModel model, List<CardPage.DocumentationRow> documentation) {
        Map<String, Map<String, Group>> groups = new TreeMap<>(NaturalOrder.INSTANCE);
        int sliced = 0;
        Set<String> dimensions = new TreeSet<>(NaturalOrder.INSTANCE);
        for (MetricResult result : model.evaluations()) {
            String dataset = present(result.dataset()) ? t(result.dataset().strip()) : ABSENT;
            Group group = groups.computeIfAbsent(t(result.metric()), m -> new TreeMap<>(NaturalOrder.INSTANCE))
                    .computeIfAbsent(dataset, d -> new Group());
            if (result.slice().isEmpty()) {
                if (group.overall == null) {
                    group.overall = result;
                }
                continue;
            }
            sliced++;
            group.slices++;
            result.slice().keySet().forEach(feature -> group.dimensions.add(t(feature)));
            dimensions.addAll(group.dimensions);
            if (result.breachesThreshold()) {
                group.breached++;
            }
            if (group.lowest == null || result.value() < group.lowest.value()) {
                group.lowest = result;
            }
            if (group.highest == null || result.value() > group.highest.value()) {
                group.highest = result;
            }
        }
        List<CardPage.SliceSpreadRow> rows = new ArrayList<>();
        groups.forEach((metric, byDataset) -> byDataset.forEach((dataset, group) -> {
            if (group.slices > 0) {
                rows.add(new CardPage.SliceSpreadRow(
                        metric,
                        dataset,
                        group.overall == null ? ABSENT : value(group.overall),
                        group.slices + " (" + String.join(", ", group.dimensions) + ")",
                        value(group.lowest) + " (" + t(group.lowest.sliceLabel()) + ")",
                        value(group.highest) + " (" + t(group.highest.sliceLabel()) + ")",
                        Integer.toString(group.breached)));
            }
        }));
        int total = model.evaluations().size();
        String summary = total == 0 ? "No evaluation result recorded: there is nothing to analyse."
                : sliced == 0 ? "No evaluation result is measured on a slice of the data: the card has no"
                        + " disaggregated analysis."
                : sliced + " of the " + Formats.count(total, "evaluation result", "evaluation results")
                        + (sliced == 1 ? " is" : " are") + " measured on slices of the data, by "
                        + String.join(", ", dimensions) + ".";
        return new CardPage.QuantitativeSection(summary, rows, documentation);
    }

    private static String value(MetricResult result) {
        return Formats.metricValue(result.value(), result.threshold());
    }
}
