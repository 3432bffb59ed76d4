package dev.modelops.render.html;

import static dev.modelops.render.html.PageText.t;

import dev.modelops.evaluate.FairnessComparison;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.MetricResult;
import dev.modelops.model.Threshold;
import dev.modelops.render.Formats;
import dev.modelops.render.ReportContent;
import dev.modelops.render.chart.Chart;
import dev.modelops.render.chart.FairnessChart;
import dev.modelops.render.chart.FairnessScreen;
import dev.modelops.render.chart.SliceChart;
import dev.modelops.render.chart.TrendChart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Chooses what the card pictures and builds the figures ({@link dev.modelops.render.chart}):
 * <ul>
 *   <li>per metric, its results slice by slice, when it has results on more than one slice, a threshold or a
 *       confidence interval; a metric all of whose results are drawn under Fairness is not drawn twice;</li>
 *   <li>per metric and slice, its values across versions and in use: the baseline version's result, the current
 *       version's, then the monitoring results of the same metric and slice by date, when there are at least two
 *       of these stages (never a point that is not a result);</li>
 *   <li>per protected attribute and dataset, the groups' selection rates against the four-fifths band, or, where
 *       the selection rate is not given, their true and false positive rates against the equalized-odds band.</li>
 * </ul>
 */
final class ChartFigures {

    /** Monitoring dates drawn at most in a trend, the latest: more would crowd the columns. */
    static final int MAX_MONITORING_STAGES = 4;

    static final String TRENDS_NOTE = "Each chart follows one metric on one slice. The line joins the baseline"
            + " version's result, the current version's result compared with it in the table below, and the results"
            + " measured in use (dashed). Hollow points are results on another dataset at the same stage.";

    private ChartFigures() {
    }

    static CardPage.MetricCharts metricCharts(GovernedModel model) {
        Set<MetricResult> pictured = fairnessPictured(model);
        Map<String, List<MetricResult>> byMetric = new LinkedHashMap<>();
        for (MetricResult result : model.evaluations()) {
            byMetric.computeIfAbsent(result.metric(), metric -> new ArrayList<>()).add(result);
        }
        List<CardPage.Figure> slices = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        byMetric.forEach((metric, results) -> {
            if (!worthASliceChart(results)) {
                return;
            }
            if (pictured.containsAll(results)) {
                elsewhere.add(t(metric));
                return;
            }
            slices.add(CardPage.Figure.of(t(metric), sliceCaption(results), SliceChart.of(metric, results)));
        });
        String note = elsewhere.isEmpty() ? ""
                : String.join(", ", elsewhere) + (elsewhere.size() == 1 ? " is" : " are")
                        + " pictured per group under Fairness across groups.";
        List<CardPage.Figure> trends = trends(model);
        return new CardPage.MetricCharts(slices, note, trends, trends.isEmpty() ? "" : TRENDS_NOTE);
    }

    // ------------------------------------------------------------------------------------------ slices

    private static boolean worthASliceChart(List<MetricResult> results) {
        if (results.stream().map(MetricResult::slice).distinct().count() > 1) {
            return true;
        }
        return results.stream().anyMatch(r -> r.confidenceInterval() != null || declared(r.threshold()));
    }

    private static String sliceCaption(List<MetricResult> results) {
        List<String> datasets = results.stream().map(r -> r.dataset() == null ? "" : r.dataset()).distinct().toList();
        long breached = results.stream().filter(MetricResult::breachesThreshold).count();
        long withThreshold = results.stream().filter(r -> declared(r.threshold())).count();
        String where = datasets.size() > 1 ? " on " + datasets.size() + " datasets, grouped by dataset"
                : datasets.get(0).isEmpty() ? "" : " on " + t(datasets.get(0));
        String verdict = withThreshold == 0 ? "No threshold declared."
                : breached == 0 ? "Every threshold met."
                : Formats.count(breached, "threshold", "thresholds") + " breached (red diamonds).";
        return Formats.count(results.size(), "result", "results") + where + ". " + verdict;
    }

    // ------------------------------------------------------------------------------------------ trends

    private static List<CardPage.Figure> trends(GovernedModel model) {
        Map<Key, List<MetricResult>> current = byKey(model.evaluations());
        Map<Key, List<MetricResult>> baseline = byKey(model.baselineEvaluations());
        Map<Key, List<MetricResult>> monitoring = byKey(model.monitoringResults());
        String baselineVersion = model.metadata().baseline() == null ? null : model.metadata().baseline().version();
        String version = model.metadata().version();
        // Metric by metric in the order they first appear, the whole dataset before the slices.
        List<String> metrics = current.keySet().stream().map(Key::metric).distinct().toList();
        List<Key> keys = new ArrayList<>(current.keySet());
        keys.sort(java.util.Comparator.comparingInt((Key key) -> metrics.indexOf(key.metric()))
                .thenComparing(key -> !key.slice().isEmpty()));
        List<CardPage.Figure> figures = new ArrayList<>();
        for (Key key : keys) {
            List<MetricResult> before = baseline.getOrDefault(key, List.of());
            List<MetricResult> inUse = monitoring.getOrDefault(key, List.of());
            if (!before.isEmpty() || !inUse.isEmpty()) {
                figures.add(trend(key, before, current.get(key), inUse, baselineVersion, version));
            }
        }
        return figures;
    }

    private static CardPage.Figure trend(Key key, List<MetricResult> before, List<MetricResult> now,
            List<MetricResult> inUse, String baselineVersion, String version) {
        List<TrendChart.Column> columns = new ArrayList<>();
        List<TrendChart.Point> points = new ArrayList<>();
        MetricResult[] pair = headlines(before, now);
        List<String> line = new ArrayList<>();
        List<String> usedLine = new ArrayList<>();
        if (!before.isEmpty()) {
            String heading = present(baselineVersion) ? t(baselineVersion) + " baseline" : "baseline";
            columns.add(new TrendChart.Column(heading, date(pair[0].date())));
            addStage(points, columns.size() - 1, before, pair[0], false);
            line.add(stage(pair[0], heading));
        }
        String heading = present(version) ? t(version) + " current" : "current";
        columns.add(new TrendChart.Column(heading, date(pair[1].date())));
        addStage(points, columns.size() - 1, now, pair[1], false);
        line.add(stage(pair[1], heading));

        Map<LocalDate, List<MetricResult>> byDate = new TreeMap<>(
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (MetricResult result : inUse) {
            byDate.computeIfAbsent(result.date(), date -> new ArrayList<>()).add(result);
        }
        List<Map.Entry<LocalDate, List<MetricResult>>> dates = new ArrayList<>(byDate.entrySet());
        int left = Math.max(0, dates.size() - MAX_MONITORING_STAGES);
        for (Map.Entry<LocalDate, List<MetricResult>> entry : dates.subList(left, dates.size())) {
            columns.add(new TrendChart.Column("in use", entry.getKey() == null ? "date not given" : date(entry.getKey())));
            MetricResult first = entry.getValue().get(0);
            addStage(points, columns.size() - 1, entry.getValue(), first, true);
            usedLine.add(Formats.metricValue(first.value(), first.threshold()) + " (" + date(first.date()) + ")");
        }
        String title = t(key.metric()) + " (" + t(sliceLabel(key.slice())) + ")";
        StringBuilder caption = new StringBuilder(String.join(", ", line));
        if (!before.isEmpty()) {
            caption.append(": ").append(Formats.change(pair[1].value(), pair[0].value())).append(" on the baseline");
        }
        if (!inUse.isEmpty()) {
            caption.append("; in use ").append(String.join(", ", usedLine));
        }
        caption.append('.');
        if (left > 0) {
            caption.append(' ').append(Formats.count(left, "earlier monitoring date is", "earlier monitoring dates are"))
                    .append(" not drawn; see Monitoring.");
        }
        Threshold threshold = pair[1].threshold();
        Chart chart = TrendChart.of(title, columns, points, declared(threshold) ? threshold : null);
        return CardPage.Figure.of(title, caption.toString(), List.of(chart));
    }

    /** {@code 3.2.0 current 0.812 (holdout)}. */
    private static String stage(MetricResult result, String heading) {
        return heading + " " + Formats.metricValue(result.value(), result.threshold())
                + (present(result.dataset()) ? " (" + t(result.dataset()) + ")" : "");
    }

    private static void addStage(List<TrendChart.Point> points, int column, List<MetricResult> results,
            MetricResult headline, boolean inUse) {
        points.add(point(column, headline, true, inUse));
        for (MetricResult result : results) {
            if (result != headline) {
                points.add(point(column, result, false, inUse));
            }
        }
    }

    private static TrendChart.Point point(int column, MetricResult result, boolean connected, boolean inUse) {
        return new TrendChart.Point(column, result.value(), Formats.metricValue(result.value(), result.threshold()),
                connected, inUse, present(result.dataset()) ? t(result.dataset()) : "");
    }

    /**
     * The baseline and current results the line joins: a pair on a dataset of the same name when there is one
     * (the comparison of the metrics table), otherwise the first of each in file order.
     */
    private static MetricResult[] headlines(List<MetricResult> before, List<MetricResult> now) {
        for (MetricResult current : now) {
            for (MetricResult old : before) {
                if (current.dataset() != null && Objects.equals(current.dataset(), old.dataset())) {
                    return new MetricResult[] {old, current};
                }
            }
        }
        return new MetricResult[] {before.isEmpty() ? null : before.get(0), now.get(0)};
    }

    // ------------------------------------------------------------------------------------------ fairness

    static CardPage.FairnessSection fairness(GovernedModel model, ReportContent content) {
        List<String> attributes = model.metadata().protectedAttributes().stream().filter(PageText::present)
                .distinct().toList();
        FairnessScreen fourFifths = FairnessScreen.fourFifths(content.rules());
        FairnessScreen equalizedOdds = FairnessScreen.equalizedOdds(content.rules());
        List<CardPage.FairnessScreenRow> screens = List.of(
                screenRow("Four-fifths rule on selection rates", fourFifths,
                        "minimum ratio " + fourFifths.boundText(), model, content),
                screenRow("Equalized odds on true and false positive rates", equalizedOdds,
                        "maximum difference " + equalizedOdds.boundText(), model, content));
        if (attributes.isEmpty()) {
            return new CardPage.FairnessSection(false,
                    "The model declares no protected attributes (protectedAttributes): there are no groups to compare.",
                    screens, List.of());
        }
        List<FairnessComparison> comparisons = FairnessComparison.of(model.evaluations(),
                model.metadata().protectedAttributes());
        List<CardPage.FairnessAttribute> pictured = new ArrayList<>();
        for (String attribute : attributes) {
            List<CardPage.Figure> figures = new ArrayList<>();
            for (FairnessComparison comparison : drawn(comparisons, attribute)) {
                FairnessScreen screen = FairnessComparison.SELECTION_RATE.equals(comparison.metric())
                        ? fourFifths : equalizedOdds;
                FairnessChart.Reading reading = FairnessChart.of(comparison, screen);
                figures.add(CardPage.Figure.of(reading.chart().title(), fairnessCaption(comparison, screen, reading),
                        List.of(reading.chart())));
            }
            pictured.add(new CardPage.FairnessAttribute(t(attribute), figures, figures.isEmpty()
                    ? "No per-group results of selection_rate, true_positive_rate or false_positive_rate on at least"
                            + " two groups of " + t(attribute) + "." : ""));
        }
        String summary = "Protected attributes: " + String.join(", ", PageText.texts(attributes))
                + ". Groups are compared per"
                + " attribute and dataset, as the fairness rules compare them: the selection rate against the"
                + " four-fifths band where it is given, otherwise the true and false positive rates against the"
                + " equalized-odds band. Groups with fewer than " + fourFifths.minGroupSize()
                + " examples are not compared." + (fourFifths.inForce() ? ""
                        : " The fairness rule pack is not in force: the bands are drawn at its default bounds.");
        return new CardPage.FairnessSection(true, summary, screens, pictured);
    }

    private static CardPage.FairnessScreenRow screenRow(String name, FairnessScreen screen, String bound,
            GovernedModel model, ReportContent content) {
        Finding finding = screen.inForce() ? content.finding(model.id(), screen.ruleId()) : null;
        Badge status = finding == null ? new Badge("not in force", "badge badge-na") : Badge.status(finding.status());
        return new CardPage.FairnessScreenRow(name, screen.ruleId(),
                bound + ", groups of at least " + screen.minGroupSize() + " examples", status);
    }

    /**
     * The comparisons drawn for an attribute: per dataset, the selection rate when given, otherwise the true and
     * false positive rates; only comparisons of at least two groups compare anything.
     */
    private static List<FairnessComparison> drawn(List<FairnessComparison> comparisons, String attribute) {
        Map<String, List<FairnessComparison>> byDataset = new LinkedHashMap<>();
        for (FairnessComparison comparison : comparisons) {
            if (comparison.attribute().equals(attribute) && comparison.groups().size() >= 2
                    && isScreened(comparison.metric())) {
                byDataset.computeIfAbsent(comparison.dataset(), dataset -> new ArrayList<>()).add(comparison);
            }
        }
        List<FairnessComparison> drawn = new ArrayList<>();
        byDataset.forEach((dataset, inDataset) -> {
            List<FairnessComparison> selection = inDataset.stream()
                    .filter(c -> FairnessComparison.SELECTION_RATE.equals(c.metric())).toList();
            drawn.addAll(selection.isEmpty() ? inDataset : selection);
        });
        return drawn;
    }

    private static boolean isScreened(String metric) {
        return FairnessComparison.SELECTION_RATE.equals(metric) || FairnessComparison.TRUE_POSITIVE_RATE.equals(metric)
                || FairnessComparison.FALSE_POSITIVE_RATE.equals(metric);
    }

    /** The results drawn under Fairness, so the metrics section does not draw them again. */
    private static Set<MetricResult> fairnessPictured(GovernedModel model) {
        Set<MetricResult> pictured = new HashSet<>();
        List<FairnessComparison> comparisons = FairnessComparison.of(model.evaluations(),
                model.metadata().protectedAttributes());
        Set<List<String>> drawn = new HashSet<>();
        for (String attribute : new LinkedHashSet<>(model.metadata().protectedAttributes())) {
            for (FairnessComparison comparison : drawn(comparisons, attribute)) {
                drawn.add(List.of(comparison.metric(), comparison.dataset(), comparison.attribute()));
            }
        }
        for (MetricResult result : model.evaluations()) {
            if (result.slice().size() == 1 && drawn.contains(List.of(result.metric(),
                    result.dataset() == null ? "" : result.dataset(), result.slice().firstKey()))) {
                pictured.add(result);
            }
        }
        return pictured;
    }

    private static String fairnessCaption(FairnessComparison comparison, FairnessScreen screen,
            FairnessChart.Reading reading) {
        StringBuilder caption = new StringBuilder();
        boolean ratio = screen.kind() == FairnessScreen.Kind.RATIO;
        if (!reading.reference().isEmpty()) {
            caption.append(ratio ? "Reference group: " : "Highest: ").append(reading.reference()).append(" (the highest ")
                    .append(t(comparison.metric())).append(" of the groups compared). ");
        }
        if (reading.reference().isEmpty()) {
            caption.append("No group has enough examples to be compared. ");
        } else if (reading.below().isEmpty()) {
            caption.append(ratio ? "No group is below " + screen.ratioName() + " of the reference."
                    : "No group is more than " + screen.boundText() + " below the highest.");
        } else {
            caption.append("Below the band: ").append(String.join(", ", reading.below())).append('.');
        }
        if (!reading.notCompared().isEmpty()) {
            caption.append(" Not compared (fewer than ").append(screen.minGroupSize()).append(" examples): ")
                    .append(String.join(", ", reading.notCompared())).append('.');
        }
        return caption.toString();
    }

    // ------------------------------------------------------------------------------------------ shared

    private static boolean declared(Threshold threshold) {
        return threshold != null && (threshold.min() != null || threshold.max() != null);
    }

    private static boolean present(String text) {
        return PageText.present(text);
    }

    private static String date(LocalDate date) {
        return date == null ? "date not given" : Formats.date(date);
    }

    private static String sliceLabel(SortedMap<String, String> slice) {
        return new MetricResult("", 0, slice, null, null, null, null, null).sliceLabel();
    }

    private static Map<Key, List<MetricResult>> byKey(List<MetricResult> results) {
        Map<Key, List<MetricResult>> byKey = new LinkedHashMap<>();
        for (MetricResult result : results) {
            byKey.computeIfAbsent(new Key(result.metric(), result.slice()), key -> new ArrayList<>()).add(result);
        }
        return byKey;
    }

    private record Key(String metric, SortedMap<String, String> slice) {
    }
}
