package dev.modelops.render.chart;

import static dev.modelops.render.chart.Results.group;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelops.evaluate.FairnessComparison;
import dev.modelops.model.MetricResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class FairnessChartTest {

    private static final FairnessScreen FOUR_FIFTHS =
            new FairnessScreen(FairnessScreen.Kind.RATIO, FairnessScreen.FOUR_FIFTHS_RULE, 0.8, 30, true);
    private static final FairnessScreen EQUALIZED_ODDS =
            new FairnessScreen(FairnessScreen.Kind.DIFFERENCE, FairnessScreen.EQUALIZED_ODDS_RULE, 0.1, 30, true);

    private static FairnessComparison comparison(MetricResult... results) {
        List<FairnessComparison> comparisons = FairnessComparison.of(List.of(results), List.of("age_band"));
        assertThat(comparisons).hasSize(1);
        return comparisons.get(0);
    }

    private static Drawn.Rect band(Chart chart) {
        return Drawn.rects(chart).stream().filter(r -> Palette.PASS_BAND.equals(r.fill()) && r.stroke() == null)
                .findFirst().orElseThrow();
    }

    private static List<Drawn.Rect> bars(Chart chart, String fill) {
        return Drawn.rects(chart).stream()
                .filter(r -> fill.equals(r.fill()) && Drawn.number(r.width()) > 20).toList();
    }

    @Test
    void theBandRunsFromFourFifthsOfTheReferenceToTheReferenceAndTheGroupBelowIsMarked() {
        FairnessChart.Reading reading = FairnessChart.of(comparison(
                group("selection_rate", "age_band", "41-60", 0.60, 6000L, "holdout"),
                group("selection_rate", "age_band", "26-40", 0.55, 5000L, "holdout"),
                group("selection_rate", "age_band", "18-25", 0.45, 1200L, "holdout")), FOUR_FIFTHS);
        Chart chart = reading.chart();
        List<double[]> ticks = Drawn.horizontalTicks(chart);

        Drawn.Rect band = band(chart);
        assertThat(Drawn.number(band.x())).isCloseTo(Drawn.position(ticks, 0.48), within(0.15));
        assertThat(Drawn.number(band.x()) + Drawn.number(band.width())).isCloseTo(Drawn.position(ticks, 0.60), within(0.15));
        Drawn.Line line = Drawn.dashed(chart).get(0);
        assertThat(Drawn.number(line.x1())).isCloseTo(Drawn.position(ticks, 0.48), within(0.1));
        assertThat(Drawn.words(chart)).contains("four-fifths of reference: 0.48", "reference: 0.6", "reference",
                "ratio 0.916", "ratio 0.75", "below");

        List<Drawn.Rect> failing = bars(chart, Palette.FAIL);
        assertThat(failing).hasSize(1);
        double barEnd = Drawn.number(failing.get(0).x()) + Drawn.number(failing.get(0).width());
        assertThat(barEnd).isCloseTo(Drawn.position(ticks, 0.45), within(0.15));
        assertThat(Drawn.number(failing.get(0).x())).isCloseTo(Drawn.position(ticks, 0), within(0.1));
        assertThat(bars(chart, Palette.BAR)).hasSize(2);
        assertThat(reading.reference()).isEqualTo("41-60");
        assertThat(reading.below()).containsExactly("18-25");
    }

    @Test
    void aGroupTooSmallIsNotComparedAndNeverTheReference() {
        FairnessChart.Reading reading = FairnessChart.of(comparison(
                group("selection_rate", "age_band", "90+", 0.90, 12L, "holdout"),
                group("selection_rate", "age_band", "41-60", 0.60, 6000L, "holdout"),
                group("selection_rate", "age_band", "18-25", 0.50, null, "holdout")), FOUR_FIFTHS);
        Chart chart = reading.chart();

        assertThat(reading.reference()).isEqualTo("41-60");
        assertThat(reading.notCompared()).containsExactly("90+ (12 examples)");
        assertThat(reading.below()).isEmpty();
        assertThat(Drawn.words(chart)).contains("not compared: 12 examples", "ratio 0.833", "reference: 0.6");
        assertThat(Drawn.rects(chart)).anySatisfy(r -> {
            assertThat(r.fill()).isEqualTo(Palette.WHITE);
            assertThat(r.stroke()).isEqualTo(Palette.NOT_COMPARED);
        });
    }

    @Test
    void aRatioExactlyAtFourFifthsInDecimalsPassesAsTheRuleDecides() {
        FairnessChart.Reading reading = FairnessChart.of(comparison(
                group("selection_rate", "age_band", "a", 0.40, null, "holdout"),
                group("selection_rate", "age_band", "b", 0.32, null, "holdout")), FOUR_FIFTHS);

        assertThat(reading.below()).isEmpty();
        assertThat(Drawn.words(reading.chart())).contains("ratio 0.8");
    }

    @Test
    void aFailingRatioIsNeverPrintedAsPassing() {
        FairnessChart.Reading reading = FairnessChart.of(comparison(
                group("selection_rate", "age_band", "a", 0.5, null, "holdout"),
                group("selection_rate", "age_band", "b", 0.39995, null, "holdout")), FOUR_FIFTHS);

        assertThat(reading.below()).containsExactly("b");
        assertThat(Drawn.words(reading.chart())).contains("ratio 0.799");
    }

    @Test
    void errorRatesAreBandedWithinTheAllowedDifferenceBelowTheHighest() {
        FairnessChart.Reading reading = FairnessChart.of(comparison(
                group("true_positive_rate", "age_band", "41-60", 0.69, 6000L, "holdout"),
                group("true_positive_rate", "age_band", "26-40", 0.66, 5000L, "holdout"),
                group("true_positive_rate", "age_band", "18-25", 0.55, 1200L, "holdout")), EQUALIZED_ODDS);
        Chart chart = reading.chart();
        List<double[]> ticks = Drawn.horizontalTicks(chart);

        assertThat(Drawn.number(Drawn.dashed(chart).get(0).x1())).isCloseTo(Drawn.position(ticks, 0.59), within(0.1));
        assertThat(reading.below()).containsExactly("18-25");
        assertThat(Drawn.words(chart)).contains("highest \u2212 0.1: 0.59", "highest", "gap 0.03", "gap 0.14");
    }

    @Test
    void aReferenceOfZeroMakesNoBandAndNothingBelow() {
        FairnessChart.Reading reading = FairnessChart.of(comparison(
                group("selection_rate", "age_band", "a", 0, null, "holdout"),
                group("selection_rate", "age_band", "b", 0, null, "holdout")), FOUR_FIFTHS);

        assertThat(reading.below()).isEmpty();
        assertThat(Drawn.dashed(reading.chart())).isEmpty();
        assertThat(Drawn.coordinates(reading.chart())).allSatisfy(n -> assertThat(Double.parseDouble(n)).isFinite());
    }

    @Test
    void notANumberIsNotDrawnAndBreaksNoCoordinate() {
        FairnessChart.Reading reading = FairnessChart.of(comparison(
                group("selection_rate", "age_band", "a", Double.NaN, null, "holdout"),
                group("selection_rate", "age_band", "b", 0.4, null, "holdout"),
                group("selection_rate", "age_band", "c", Double.POSITIVE_INFINITY, null, "holdout")), FOUR_FIFTHS);

        assertThat(Drawn.coordinates(reading.chart())).allSatisfy(n -> assertThat(Double.parseDouble(n)).isFinite());
        assertThat(Drawn.words(reading.chart())).contains("NaN", "Infinity", "not plotted");
    }
}
