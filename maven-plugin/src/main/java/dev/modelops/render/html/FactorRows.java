package dev.modelops.render.html;

import static dev.modelops.render.html.PageText.detail;
import static dev.modelops.render.html.PageText.joined;
import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;
import static dev.modelops.render.html.PageText.yesNo;

import dev.modelops.model.GovernedModel;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.render.Formats;
import dev.modelops.render.NaturalOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The factors of a model card ({@link CardPage.FactorsSection}): the protected attributes the team declares, and
 * the slice dimensions the evaluation results actually report, read from the features of their slices
 * ({@code age_band=18-25} reports {@code age_band}). A declared attribute without a sliced result is named as
 * such: fairness evidence the card cannot show. Slices that combine dimensions ({@code age_band=18-25, sex=female})
 * count for each of their dimensions and are listed as intersections too.
 */
final class FactorRows {

    private FactorRows() {
    }

    /** What the evaluations report for one dimension: its groups, its results, their metrics. */
    private static final class Dimension {
        private final Set<String> groups = new TreeSet<>(NaturalOrder.INSTANCE);
        private final Set<String> metrics = new TreeSet<>(NaturalOrder.INSTANCE);
        private int results;
    }

    static CardPage.FactorsSection of(GovernedModel model, List<CardPage.DocumentationRow> documentation) {
        ModelMetadata metadata = model.metadata();
        Map<String, Dimension> dimensions = new TreeMap<>(NaturalOrder.INSTANCE);
        Map<String, Integer> intersections = new TreeMap<>(NaturalOrder.INSTANCE);
        for (MetricResult result : model.evaluations()) {
            for (Map.Entry<String, String> slice : result.slice().entrySet()) {
                Dimension dimension = dimensions.computeIfAbsent(t(slice.getKey()), key -> new Dimension());
                dimension.groups.add(t(slice.getValue()));
                dimension.metrics.add(t(result.metric()));
                dimension.results++;
            }
            if (result.slice().size() > 1) {
                List<String> features = result.slice().keySet().stream().map(PageText::t).toList();
                intersections.merge(String.join(" \u00d7 ", features), 1, Integer::sum);
            }
        }
        Set<String> declared = new LinkedHashSet<>();
        for (String attribute : metadata.protectedAttributes()) {
            if (present(attribute)) {
                declared.add(t(attribute.strip()));
            }
        }

        List<CardPage.FactorRow> rows = new ArrayList<>();
        List<String> unevaluated = new ArrayList<>();
        for (String attribute : declared) {
            Dimension dimension = dimensions.get(attribute);
            if (dimension == null) {
                unevaluated.add(attribute);
                rows.add(new CardPage.FactorRow(attribute, "protected attribute", false, "No sliced result",
                        "0", PageFactory.ABSENT));
            } else {
                rows.add(row(attribute, "protected attribute", dimension));
            }
        }
        dimensions.forEach((name, dimension) -> {
            if (!declared.contains(name)) {
                rows.add(row(name, "slice dimension", dimension));
            }
        });
        List<String> combined = new ArrayList<>();
        intersections.forEach((features, count) ->
                combined.add(features + " (" + Formats.count(count, "result", "results") + ")"));

        List<Detail> declaredDetails = List.of(
                detail("Affects people", yesNo(metadata.affectsPeople())),
                detail("Protected attributes", joined(List.copyOf(declared)), "None declared"));
        return new CardPage.FactorsSection(declaredDetails, summary(dimensions, declared, unevaluated), rows,
                combined, documentation);
    }

    private static CardPage.FactorRow row(String name, String declaredAs, Dimension dimension) {
        return new CardPage.FactorRow(name, declaredAs, true,
                Formats.count(dimension.groups.size(), "group", "groups") + ": " + String.join(", ", dimension.groups),
                Integer.toString(dimension.results), String.join(", ", dimension.metrics));
    }

    /**
     * "The evaluation results are sliced by 3 dimensions: age_band, region, sex." and whether every declared
     * protected attribute has sliced results, or which have none.
     */
    private static String summary(Map<String, Dimension> dimensions, Set<String> declared, List<String> unevaluated) {
        StringBuilder text = new StringBuilder();
        if (dimensions.isEmpty()) {
            text.append("No evaluation result is measured on a slice: every result is on a whole dataset.");
        } else {
            text.append("The evaluation results are sliced by ")
                    .append(Formats.count(dimensions.size(), "dimension", "dimensions")).append(": ")
                    .append(String.join(", ", dimensions.keySet())).append('.');
        }
        if (declared.isEmpty()) {
            text.append(" No protected attribute is declared.");
        } else if (unevaluated.isEmpty()) {
            text.append(declared.size() == 1 ? " The declared protected attribute has sliced results."
                    : " Every declared protected attribute has sliced results.");
        } else {
            text.append(unevaluated.size() == 1 ? " A declared protected attribute has no sliced result: "
                    : " Declared protected attributes without a sliced result: ")
                    .append(String.join(", ", unevaluated))
                    .append(". The card cannot show how the model performs across ")
                    .append(unevaluated.size() == 1 ? "its groups." : "their groups.");
        }
        return text.toString();
    }
}
