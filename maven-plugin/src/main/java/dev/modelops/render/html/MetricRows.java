package dev.modelops.render.html;

import static dev.modelops.render.html.PageFactory.ABSENT;
import static dev.modelops.render.html.PageText.cell;
import static dev.modelops.render.html.PageText.detail;
import static dev.modelops.render.html.PageText.t;

import dev.modelops.model.AcceptanceCriterion;
import dev.modelops.model.Baseline;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ResourceBudgets;
import dev.modelops.model.Threshold;
import dev.modelops.render.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The measured side of a model card: metric results compared with the baseline's, monitoring results,
 * acceptance criteria and resource budgets with the values measured for them.
 *
 * <p>A current result is compared with the baseline result of the same metric and slice; among several, the one
 * of the same dataset name, otherwise the first in file order. The change is exact ({@link Formats#change}) and
 * is better or worse by the direction of the current result's threshold: with a minimum higher is better, with
 * a maximum lower is better; a range or no threshold gives no direction.
 */
final class MetricRows {

    /** The evaluation metrics a budget is measured by, as the budgets' rules name them. */
    static final String LATENCY_METRIC = "latency_p95_ms";
    static final String MEMORY_METRIC = "memory_mb";
    static final String ARTIFACT_SIZE_METRIC = "artifact_size_mb";

    private MetricRows() {
    }

    /**
     * The evaluation results, each with its baseline match when {@code compare} (the model has a baseline), and
     * its source named within {@link #sourceFolder} of the evaluation results.
     */
    static List<CardPage.MetricRow> metrics(GovernedModel model, boolean compare) {
        Map<Key, List<MetricResult>> baseline = compare ? byMetricAndSlice(model.baselineEvaluations()) : Map.of();
        String folder = sourceFolder(model.evaluations());
        List<CardPage.MetricRow> rows = new ArrayList<>(model.evaluations().size());
        for (MetricResult result : model.evaluations()) {
            MetricResult match = compare ? match(result, baseline) : null;
            rows.add(row(result, match, folder));
        }
        return rows;
    }

    /** Results measured in production, in file order; their sources named in full. */
    static List<CardPage.MetricRow> monitoring(GovernedModel model) {
        return model.monitoringResults().stream().map(result -> row(result, null, "")).toList();
    }

    /**
     * The caption of the table of evaluation results: how values are shown, and the folder their files are in
     * when they share one (the rows name their files within it).
     */
    static String caption(List<MetricResult> results) {
        String folder = sourceFolder(results);
        return "Evaluation results as reported; a value is never rounded across its threshold."
                + (folder.isEmpty() ? "" : " Source files are in " + folder + ".");
    }

    /**
     * The folder every one of {@code results}' files is in ({@code src/main/models/credit-scoring/evaluations/}),
     * "" when they share none. A table names its sources within it and says the folder once: a full path in
     * every row made each row several lines tall.
     */
    static String sourceFolder(List<MetricResult> results) {
        String common = null;
        for (MetricResult result : results) {
            String file = result.source() == null ? "" : result.source().file();
            String folder = file.substring(0, file.lastIndexOf('/') + 1);
            if (common == null) {
                common = folder;
            } else {
                int length = 0;
                int max = Math.min(common.length(), folder.length());
                while (length < max && common.charAt(length) == folder.charAt(length)) {
                    length++;
                }
                common = common.substring(0, common.lastIndexOf('/', length - 1) + 1);
            }
            if (common.isEmpty()) {
                return "";
            }
        }
        return common == null ? "" : t(common);
    }

    /** How many current results found a baseline result to compare with. */
    static int matched(GovernedModel model) {
        Map<Key, List<MetricResult>> baseline = byMetricAndSlice(model.baselineEvaluations());
        int matched = 0;
        for (MetricResult result : model.evaluations()) {
            if (match(result, baseline) != null) {
                matched++;
            }
        }
        return matched;
    }

    /** The baseline section: shown when the model declares a baseline or has baseline results. */
    static CardPage.BaselineSection baseline(GovernedModel model) {
        Baseline declared = model.metadata().baseline();
        if (declared == null && model.baselineEvaluations().isEmpty()) {
            return new CardPage.BaselineSection(false, List.of(),
                    "No baseline declared: the results are not compared with a previously approved version.");
        }
        List<Detail> details = new ArrayList<>();
        if (declared != null) {
            details.add(detail("Version", declared.version()));
            details.add(detail("Approved", Formats.date(declared.approved())));
            details.add(detail("Evaluation files", PageText.joined(declared.evaluationFiles()), "None listed"));
        }
        int results = model.baselineEvaluations().size();
        String summary = Formats.count(results, "baseline result", "baseline results") + "; "
                + matched(model) + " of " + Formats.count(model.evaluations().size(), "current result", "current results")
                + " compared (same metric and slice).";
        return new CardPage.BaselineSection(true, details, summary);
    }

    static List<CardPage.CriterionRow> acceptanceCriteria(List<AcceptanceCriterion> criteria) {
        List<CardPage.CriterionRow> rows = new ArrayList<>(criteria.size());
        for (AcceptanceCriterion criterion : criteria) {
            String bound = criterion.min() == null && criterion.max() == null ? ""
                    : Formats.threshold(new Threshold(criterion.min(), criterion.max()));
            rows.add(new CardPage.CriterionRow(cell(criterion.metric()), cell(bound),
                    criterion.declared() == null ? ABSENT : Formats.date(criterion.declared()),
                    cell(criterion.rationale())));
        }
        return rows;
    }

    /** One row per declared budget, with the evaluation result measuring it (overall slice first). */
    static List<CardPage.BudgetRow> budgets(ResourceBudgets budgets, List<MetricResult> evaluations) {
        if (budgets == null) {
            return List.of();
        }
        List<CardPage.BudgetRow> rows = new ArrayList<>();
        String folder = sourceFolder(evaluations);
        addBudget(rows, "95th-percentile latency", budgets.latencyP95Ms(), "ms", LATENCY_METRIC, evaluations, folder);
        addBudget(rows, "Peak memory", budgets.memoryMb(), "MiB", MEMORY_METRIC, evaluations, folder);
        addBudget(rows, "Artifact size", budgets.artifactSizeMb(), "MiB", ARTIFACT_SIZE_METRIC, evaluations, folder);
        return rows;
    }

    private static void addBudget(List<CardPage.BudgetRow> rows, String resource, Double budget, String unit,
            String metric, List<MetricResult> evaluations, String folder) {
        if (budget == null) {
            return;
        }
        MetricResult measured = measurement(metric, evaluations);
        Threshold bound = new Threshold(null, budget);
        String source = measured == null ? ABSENT : cell(Formats.location(measured.source()));
        rows.add(new CardPage.BudgetRow(
                resource + " (" + metric + ")",
                "\u2264 " + Formats.exact(budget) + " " + unit,
                measured == null ? ABSENT : Formats.metricValue(measured.value(), bound) + " " + unit,
                Badge.budget(measured != null, measured != null && bound.isMetBy(measured.value())),
                source,
                within(source, folder)));
    }

    /**
     * {@code source} named within {@code folder} (the whole of it when it is not in there), each folder name longer
     * than {@value #LONG_NAME} characters cut to its first and last characters: run and experiment ids of 18 to 32
     * digits made every row of an MLflow model five lines tall. The full path stays the cell's title, and the card's
     * evidence lists every file in full.
     */
    static String within(String source, String folder) {
        String name = source.startsWith(folder) && source.length() > folder.length()
                ? source.substring(folder.length()) : source;
        String[] parts = name.split("/", -1);
        StringBuilder shortened = new StringBuilder(name.length());
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean folderName = i < parts.length - 1;
            shortened.append(i == 0 ? "" : "/").append(folderName && part.length() > LONG_NAME
                    ? part.substring(0, 6) + "\u2026" + part.substring(part.length() - 4) : part);
        }
        return shortened.toString();
    }

    /** The longest folder name a source is named with in full. */
    static final int LONG_NAME = 16;

    /** The first result of {@code metric} on the whole dataset, else the first on any slice; null without one. */
    private static MetricResult measurement(String metric, List<MetricResult> evaluations) {
        MetricResult any = null;
        for (MetricResult result : evaluations) {
            if (metric.equals(result.metric())) {
                if (result.slice().isEmpty()) {
                    return result;
                }
                any = any == null ? result : any;
            }
        }
        return any;
    }

    private static CardPage.MetricRow row(MetricResult result, MetricResult baseline, String folder) {
        boolean declared = result.threshold() != null
                && (result.threshold().min() != null || result.threshold().max() != null);
        String baselineValue = ABSENT;
        String change = ABSENT;
        Badge mark = new Badge("", "");
        String source = cell(Formats.location(result.source()));
        if (baseline != null) {
            baselineValue = Formats.metricValue(baseline.value(), baseline.threshold());
            change = Formats.change(result.value(), baseline.value());
            mark = Badge.change(sign(result.value(), baseline.value()), higherIsBetter(result.threshold()));
        }
        return new CardPage.MetricRow(
                cell(result.metric()),
                t(result.sliceLabel()),
                Formats.metricValue(result.value(), result.threshold()),
                cell(Formats.confidenceInterval(result.confidenceInterval())),
                cell(Formats.threshold(result.threshold())),
                Badge.threshold(declared, !result.breachesThreshold()),
                result.count() == null ? ABSENT : Long.toString(result.count()),
                baselineValue,
                change,
                mark,
                cell(result.dataset()),
                result.date() == null ? ABSENT : Formats.date(result.date()),
                source,
                within(source, folder));
    }

    private static int sign(double current, double baseline) {
        if (!Double.isFinite(current) || !Double.isFinite(baseline)) {
            return Double.compare(current, baseline);
        }
        return BigDecimal.valueOf(current).compareTo(BigDecimal.valueOf(baseline));
    }

    /** True for a minimum, false for a maximum, null for a range or no threshold. */
    private static Boolean higherIsBetter(Threshold threshold) {
        if (threshold == null || (threshold.min() == null) == (threshold.max() == null)) {
            return null;
        }
        return threshold.min() != null;
    }

    private static MetricResult match(MetricResult result, Map<Key, List<MetricResult>> baseline) {
        List<MetricResult> candidates = baseline.get(new Key(result.metric(), result.slice()));
        if (candidates == null) {
            return null;
        }
        for (MetricResult candidate : candidates) {
            if (Objects.equals(candidate.dataset(), result.dataset())) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    private static Map<Key, List<MetricResult>> byMetricAndSlice(List<MetricResult> results) {
        Map<Key, List<MetricResult>> byKey = new HashMap<>();
        for (MetricResult result : results) {
            byKey.computeIfAbsent(new Key(result.metric(), result.slice()), key -> new ArrayList<>()).add(result);
        }
        return byKey;
    }

    private record Key(String metric, SortedMap<String, String> slice) {
    }
}
