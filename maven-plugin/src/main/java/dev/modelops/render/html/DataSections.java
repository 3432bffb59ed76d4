package dev.modelops.render.html;

import static dev.modelops.render.html.PageText.cell;
import static dev.modelops.render.html.PageText.detail;
import static dev.modelops.render.html.PageText.present;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.DatasetUse;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.MetricResult;
import dev.modelops.render.Formats;
import dev.modelops.render.NaturalOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evaluation data and training data of a model card ({@link CardPage.DataSection}): the datasets model.yaml
 * declares, split by role (evaluation, validation, test and holdout data against training data; any other role or
 * none is listed with the training data as "other datasets"), each with what the evaluation results measured on it
 * and what its lineage record says of where it comes from. An evaluation result names its dataset by the lineage id
 * (the native files) or by the declared name (a Hugging Face card); a dataset that results name but model.yaml does
 * not declare is listed with the evaluation data, so nothing the metrics rest on goes unmentioned.
 */
final class DataSections {

    private static final Set<String> EVALUATION_ROLES = Set.of("evaluation", "validation", "test", "testing", "holdout");
    private static final Set<String> TRAINING_ROLES = Set.of("training", "train");

    /** The evaluation and the training data of one model. */
    record Sections(CardPage.DataSection evaluation, CardPage.DataSection training) {
    }

    /** What the evaluation results measured on one dataset. */
    private static final class Usage {
        private final Set<String> metrics = new TreeSet<>(NaturalOrder.INSTANCE);
        private int results;
        private Long examples;
        private LocalDate first;
        private LocalDate last;

        void add(MetricResult result) {
            results++;
            metrics.add(t(result.metric()));
            if (result.slice().isEmpty() && result.count() != null
                    && (examples == null || result.count() > examples)) {
                examples = result.count();
            }
            if (result.date() != null) {
                first = first == null || result.date().isBefore(first) ? result.date() : first;
                last = last == null || result.date().isAfter(last) ? result.date() : last;
            }
        }

        void add(Usage other) {
            results += other.results;
            metrics.addAll(other.metrics);
            if (other.examples != null && (examples == null || other.examples > examples)) {
                examples = other.examples;
            }
            if (other.first != null) {
                first = first == null || other.first.isBefore(first) ? other.first : first;
                last = last == null || other.last.isAfter(last) ? other.last : last;
            }
        }

        /** "11 results: auc, gini, ks; measured 2026-08-28" (or "from ... to ..."). */
        String text() {
            String dates = first == null ? ""
                    : first.equals(last) ? "; measured " + Formats.date(first)
                    : "; measured " + Formats.date(first) + " to " + Formats.date(last);
            return Formats.count(results, "result", "results") + ": " + String.join(", ", metrics) + dates;
        }
    }

    private DataSections() {
    }

    static Sections of(GovernedModel model, List<CardPage.DocumentationRow> evaluationDocumentation,
            List<CardPage.DocumentationRow> trainingDocumentation) {
        Map<String, Usage> usageByDataset = new LinkedHashMap<>();
        int withoutDataset = 0;
        for (MetricResult result : model.evaluations()) {
            if (present(result.dataset())) {
                usageByDataset.computeIfAbsent(result.dataset().strip(), key -> new Usage()).add(result);
            } else {
                withoutDataset++;
            }
        }
        Map<String, Integer> lineageIndex = new HashMap<>();
        Map<String, LineageDataset> lineageById = new HashMap<>();
        for (LineageDataset dataset : model.lineage().datasets()) {
            if (lineageById.putIfAbsent(dataset.id(), dataset) == null) {
                lineageIndex.put(dataset.id(), lineageIndex.size() + 1);
            }
        }

        List<CardPage.DataRow> evaluation = new ArrayList<>();
        List<CardPage.DataRow> training = new ArrayList<>();
        List<CardPage.DataRow> others = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        for (DatasetUse dataset : model.metadata().datasets()) {
            Usage usage = new Usage();
            for (String key : keys(dataset)) {
                Usage measured = usageByDataset.get(key);
                if (measured != null && named.add(key)) {
                    usage.add(measured);
                }
            }
            String role = dataset.role() == null ? "" : dataset.role().strip().toLowerCase(Locale.ROOT);
            boolean evaluated = EVALUATION_ROLES.contains(role);
            CardPage.DataRow row = row(dataset, usage, evaluated, lineageById, lineageIndex);
            if (evaluated) {
                evaluation.add(row);
            } else if (TRAINING_ROLES.contains(role)) {
                training.add(row);
            } else {
                others.add(row);
            }
        }

        List<String> undeclared = new ArrayList<>();
        usageByDataset.forEach((dataset, usage) -> {
            if (!named.contains(dataset)) {
                undeclared.add(t(dataset) + ": " + usage.text());
            }
        });
        if (withoutDataset > 0) {
            undeclared.add(Formats.count(withoutDataset, "result names", "results name") + " no dataset");
        }
        return new Sections(
                new CardPage.DataSection(evaluation, List.of(), undeclared, evaluationDocumentation),
                new CardPage.DataSection(training, others, List.of(), trainingDocumentation));
    }

    /** The names an evaluation result may give this dataset by: its lineage id, then its declared name. */
    private static List<String> keys(DatasetUse dataset) {
        List<String> keys = new ArrayList<>(2);
        if (present(dataset.lineageRef())) {
            keys.add(dataset.lineageRef().strip());
        }
        if (present(dataset.name()) && !keys.contains(dataset.name().strip())) {
            keys.add(dataset.name().strip());
        }
        return keys;
    }

    private static CardPage.DataRow row(DatasetUse dataset, Usage usage, boolean evaluated,
            Map<String, LineageDataset> lineageById, Map<String, Integer> lineageIndex) {
        List<Detail> details = new ArrayList<>();
        details.add(detail("Role", dataset.role()));
        details.add(detail("Description", dataset.description()));
        if (evaluated || usage.results > 0) {
            details.add(detail("Examples", usage.examples == null ? null
                    : usage.examples + " (the largest count of a whole-dataset result)",
                    "Not stated by any whole-dataset result"));
            details.add(detail("Evaluation results", usage.results == 0 ? null : usage.text(),
                    "No evaluation result names this dataset"));
        }
        details.add(detail("Datasheet", dataset.datasheet()));
        String reference = present(dataset.lineageRef()) ? dataset.lineageRef().strip() : null;
        LineageDataset lineage = reference == null ? null : lineageById.get(reference);
        if (lineage != null) {
            details.add(detail("Source", lineage.source()));
            details.add(detail("Snapshot", lineage.version()));
            if (present(lineage.description())) {
                details.add(detail("In the lineage", lineage.description()));
            }
        }
        String lineageText = reference == null ? "None declared"
                : lineage == null ? t(reference) + " (not described in the lineage)" : t(reference);
        return new CardPage.DataRow(
                present(dataset.name()) ? t(dataset.name()) : "Unnamed dataset",
                cell(dataset.role()),
                details,
                lineageText,
                lineage == null ? "" : "#" + CardPageFactory.lineageDatasetAnchor(lineageIndex.get(reference)));
    }
}
