package dev.modelops.render.chart;

import static dev.modelops.render.chart.Results.interval;
import static dev.modelops.render.chart.Results.min;
import static dev.modelops.render.chart.Results.overall;
import static dev.modelops.render.chart.Results.result;
import static dev.modelops.render.chart.Results.slice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.MetricResult;
import dev.modelops.model.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SliceChartTest {

    private static Chart only(List<MetricResult> results) {
        List<Chart> charts = SliceChart.of("auc", results);
        assertThat(charts).hasSize(1);
        return charts.get(0);
    }

    @Test
    void theDotIsAtTheValueTheWhiskerSpansTheIntervalAndTheThresholdLineIsAtTheThreshold() {
        Chart chart = only(List.of(
                result("auc", 0.812, Map.of(), interval(0.806, 0.818), min(0.75), "holdout"),
                result("auc", 0.768, Map.of("age_band", "18-25"), interval(0.751, 0.785), min(0.75), "holdout")));
        List<double[]> ticks = Drawn.horizontalTicks(chart);

        List<Drawn.Circle> dots = Drawn.circles(chart).stream().filter(c -> Palette.PASS.equals(c.fill())).toList();
        assertThat(dots).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Drawn.number(dots.get(0).cx())).isCloseTo(Drawn.position(ticks, 0.812), within(0.1));
        assertThat(Drawn.number(dots.get(1).cx())).isCloseTo(Drawn.position(ticks, 0.768), within(0.1));

        Drawn.Line whisker = Drawn.lines(chart).stream()
                .filter(l -> Palette.MUTED.equals(l.stroke()) && l.y1().equals(l.y2()) && l.y1().equals(dots.get(0).cy()))
                .findFirst().orElseThrow();
        assertThat(Drawn.number(whisker.x1())).isCloseTo(Drawn.position(ticks, 0.806), within(0.1));
        assertThat(Drawn.number(whisker.x2())).isCloseTo(Drawn.position(ticks, 0.818), within(0.1));

        List<Drawn.Line> thresholds = Drawn.dashed(chart);
        assertThat(thresholds).hasSize(1);
        assertThat(Drawn.number(thresholds.get(0).x1())).isCloseTo(Drawn.position(ticks, 0.75), within(0.1));
        assertThat(thresholds.get(0).x1()).isEqualTo(thresholds.get(0).x2());
        Drawn.Text label = Drawn.text(chart, "\u2265 0.75");
        assertThat(Drawn.number(label.x())).isCloseTo(Drawn.position(ticks, 0.75), within(0.1));
    }

    @Test
    void theThresholdLineSpansOnlyTheRowsItAppliesTo() {
        Chart chart = only(List.of(
                overall("auc", 0.81, min(0.75)),
                slice("auc", "sex", "female", 0.80, min(0.72)),
                slice("auc", "sex", "male", 0.79, min(0.72))));

        List<Drawn.Line> thresholds = Drawn.dashed(chart);
        assertThat(thresholds).hasSize(2);
        double overallLength = Drawn.number(thresholds.get(0).y2()) - Drawn.number(thresholds.get(0).y1());
        double slicesLength = Drawn.number(thresholds.get(1).y2()) - Drawn.number(thresholds.get(1).y1());
        assertThat(slicesLength).isCloseTo(overallLength + SliceChart.ROW, within(0.2));
        assertThat(Drawn.words(chart)).contains("\u2265 0.75", "\u2265 0.72");
    }

    @Test
    void theAxisCoversValuesIntervalsAndThresholdsWithoutStartingAtZero() {
        Chart chart = only(List.of(result("auc", 0.812, Map.of(), interval(0.806, 0.818), min(0.75), "holdout")));
        List<double[]> ticks = Drawn.horizontalTicks(chart);

        assertThat(ticks.get(0)[0]).isGreaterThan(0.5).isLessThanOrEqualTo(0.75);
        assertThat(ticks.get(ticks.size() - 1)[0]).isGreaterThanOrEqualTo(0.818).isLessThan(0.9);
    }

    @Test
    void passAndFailAreToldByShapeAndWordNotOnlyByColour() {
        Chart chart = only(List.of(overall("auc", 0.81, min(0.75)), slice("auc", "sex", "female", 0.70, min(0.75)),
                slice("auc", "sex", "male", 0.79, null)));

        assertThat(Drawn.polygons(chart)).anySatisfy(p -> assertThat(p.fill()).isEqualTo(Palette.FAIL));
        assertThat(Drawn.text(chart, "breached").fill()).isEqualTo(Palette.FAIL);
        assertThat(Drawn.words(chart)).contains("breached").doesNotContain("met");
        assertThat(Drawn.key(chart)).containsExactly("met", "breached", "no threshold", "threshold");
        assertThat(Drawn.circles(chart)).anySatisfy(c -> {
            assertThat(c.fill()).isEqualTo(Palette.WHITE);
            assertThat(c.stroke()).isEqualTo(Palette.MUTED);
        });
    }

    @Test
    void oneSliceWithoutIntervalOrThresholdIsOneDotAndNoLine() {
        Chart chart = only(List.of(overall("auc", 0.81, null)));

        assertThat(Drawn.dashed(chart)).isEmpty();
        assertThat(Drawn.lines(chart)).noneMatch(l -> Palette.MUTED.equals(l.stroke()));
        assertThat(Drawn.circles(chart)).hasSize(1);
        assertThat(Drawn.words(chart)).contains("overall", "0.81").doesNotContain("met", "breached");
        assertThat(Drawn.key(chart)).containsExactly("no threshold");
    }

    @Test
    void resultsOnSeveralDatasetsAreGroupedUnderTheirDatasetWholeDatasetFirst() {
        Chart chart = only(List.of(
                result("auc", 0.77, Map.of("sex", "female"), null, null, "holdout"),
                result("auc", 0.80, Map.of(), null, null, "out-of-time"),
                result("auc", 0.81, Map.of(), null, null, "holdout")));

        List<String> words = Drawn.reading(chart);
        assertThat(words).containsSubsequence("Dataset holdout", "overall", "sex=female", "Dataset out-of-time",
                "overall");
        assertThat(chart.description()).contains("Dataset holdout: overall 0.81", "Dataset out-of-time: overall 0.8");
    }

    @Test
    void notANumberAndInfiniteEndsAreNeverDrawnAsBrokenCoordinates() {
        List<Chart> charts = SliceChart.of("auc", List.of(
                result("auc", Double.NaN, Map.of(), interval(0.7, 0.8), min(0.75), "holdout"),
                result("auc", Double.POSITIVE_INFINITY, Map.of("sex", "male"), null, min(Double.NaN), "holdout"),
                result("auc", 0.78, Map.of("sex", "female"),
                        new ConfidenceInterval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null),
                        new Threshold(Double.NEGATIVE_INFINITY, Double.NaN), "holdout"),
                result("auc", 0.79, Map.of("age", "18-25"), new ConfidenceInterval(Double.NaN, 0.8, null), null,
                        "holdout")));

        Chart chart = charts.get(0);
        assertThat(Drawn.coordinates(chart)).allSatisfy(n -> assertThat(Double.parseDouble(n)).isFinite());
        assertThat(Drawn.words(chart)).contains("NaN", "Infinity", "not plotted");
        assertThat(Drawn.key(chart)).contains("not plotted: not a finite number", "off the scale");
        // Both ends of the infinite interval run off the scale: an arrow at each, no cap.
        assertThat(Drawn.polygons(chart).stream().filter(p -> Palette.MUTED.equals(p.fill()))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(chart.description()).doesNotContain("null");
    }

    @Test
    void aHundredSlicesAreSplitIntoChartsThatFitOnAPageWithOneAxis() {
        List<MetricResult> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            results.add(slice("auc", "branch", String.format("b%03d", i), 0.70 + i * 0.001, min(0.72)));
        }

        List<Chart> charts = SliceChart.of("auc", results);

        assertThat(charts).hasSize(3);
        assertThat(charts).extracting(Chart::title)
                .containsExactly("auc per slice (part 1 of 3)", "auc per slice (part 2 of 3)", "auc per slice (part 3 of 3)");
        assertThat(charts).allSatisfy(chart -> {
            assertThat(Drawn.number(chart.height())).isLessThan(1000);
            assertThat(Drawn.horizontalTicks(chart)).isNotEmpty();
        });
        assertThat(Drawn.horizontalTicks(charts.get(0)).get(0)[1]).isEqualTo(Drawn.horizontalTicks(charts.get(2)).get(0)[1]);
        long rows = charts.stream().mapToLong(c -> Drawn.words(c).stream().filter(w -> w.startsWith("branch=")).count()).sum();
        assertThat(rows).isEqualTo(100);
    }

    @Test
    void aLabelTooLongForItsColumnIsShortenedAndKeptWholeInTheDescription() {
        String longSlice = "region=" + "north-east-".repeat(10) + "coast";
        Chart chart = only(List.of(slice("auc", "region", longSlice.substring(7), 0.8, null), overall("auc", 0.81, null)));

        assertThat(Drawn.words(chart)).anySatisfy(w -> assertThat(w).startsWith("region=north").endsWith("\u2026"));
        assertThat(chart.description()).contains(longSlice);
        assertThat(Drawn.number(chart.width())).isEqualTo(SliceChart.WIDTH);
    }

    @Test
    void theSameResultsGiveTheSameChart() {
        List<MetricResult> results = List.of(overall("auc", 0.81, min(0.75)), slice("auc", "sex", "female", 0.8, min(0.72)));

        assertThat(SliceChart.of("auc", results)).isEqualTo(SliceChart.of("auc", results));
    }
}
