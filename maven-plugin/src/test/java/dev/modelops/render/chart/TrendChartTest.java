package dev.modelops.render.chart;

import static dev.modelops.render.chart.Results.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelops.model.Threshold;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final List<TrendChart.Column> TWO = List.of(
            new TrendChart.Column("3.1.2 baseline", "2025-08-22"), new TrendChart.Column("3.2.0 current", "2026-08-28"));

    private static TrendChart.Point point(int column, double value, boolean connected, boolean inUse,
            String dataset) {
        return new TrendChart.Point(column, value, Double.toString(value), connected, inUse, dataset);
    }

    private static List<Drawn.Circle> onTheLine(Chart chart) {
        return Drawn.circles(chart).stream().filter(c -> Palette.BAR.equals(c.fill())).toList();
    }

    @Test
    void eachResultIsAPointAtItsValueJoinedStageToStageWithTheThresholdAcross() {
        Chart chart = TrendChart.of("auc (overall)", TWO,
                List.of(point(0, 0.803, true, false, "h23"), point(1, 0.812, true, false, "h24")), min(0.75));
        List<double[]> ticks = Drawn.verticalTicks(chart);

        List<Drawn.Circle> points = onTheLine(chart);
        assertThat(points).hasSize(2);
        assertThat(Drawn.number(points.get(0).cy())).isCloseTo(Drawn.position(ticks, 0.803), within(0.1));
        assertThat(Drawn.number(points.get(1).cy())).isCloseTo(Drawn.position(ticks, 0.812), within(0.1));
        assertThat(Drawn.number(points.get(1).cx())).isGreaterThan(Drawn.number(points.get(0).cx()));

        Drawn.Line line = Drawn.lines(chart).stream().filter(l -> Palette.BAR.equals(l.stroke())).findFirst().orElseThrow();
        assertThat(line.dash()).isNull();
        assertThat(Drawn.number(line.x1())).isCloseTo(Drawn.number(points.get(0).cx()), within(0.11));
        assertThat(line.y1()).isEqualTo(points.get(0).cy());
        assertThat(Drawn.number(line.x2())).isCloseTo(Drawn.number(points.get(1).cx()), within(0.11));
        assertThat(line.y2()).isEqualTo(points.get(1).cy());

        Drawn.Line threshold = Drawn.dashed(chart).get(0);
        assertThat(threshold.y1()).isEqualTo(threshold.y2());
        assertThat(Drawn.number(threshold.y1())).isCloseTo(Drawn.position(ticks, 0.75), within(0.1));
        assertThat(Drawn.words(chart)).contains("0.803", "0.812", "\u2265 0.75", "3.1.2 baseline", "2026-08-28");
        assertThat(Drawn.number(chart.width())).isLessThanOrEqualTo(320);
    }

    @Test
    void resultsInUseAreJoinedDashedAndOtherDatasetsAreHollowAndNamed() {
        List<TrendChart.Column> columns = List.of(new TrendChart.Column("3.1.2 baseline", "2025-08-22"),
                new TrendChart.Column("3.2.0 current", "2026-08-28"), new TrendChart.Column("in use", "2026-10-14"));
        Chart chart = TrendChart.of("calibration_ratio (overall)", columns, List.of(
                point(0, 1.03, true, false, "h23"), point(1, 1.01, true, false, "h24"),
                point(1, 1.06, false, false, "oot-2024h2"), point(2, 1.03, true, true, "shadow run")),
                new Threshold(0.9, 1.1));

        List<Drawn.Line> joins = Drawn.lines(chart).stream().filter(l -> Palette.BAR.equals(l.stroke())).toList();
        assertThat(joins).hasSize(2);
        assertThat(joins.get(0).dash()).isNull();
        assertThat(joins.get(1).dash()).isNotNull();
        assertThat(Drawn.circles(chart)).filteredOn(c -> Palette.WHITE.equals(c.fill())).hasSize(1);
        assertThat(Drawn.words(chart)).contains("oot-2024h2", "\u2265 0.9", "\u2264 1.1").doesNotContain("shadow run");
        assertThat(Drawn.dashed(chart)).filteredOn(l -> Palette.INK.equals(l.stroke())).hasSize(2);
    }

    @Test
    void onlyTheResultsGivenAreDrawnAndANonFiniteOneIsNot() {
        Chart chart = TrendChart.of("psi (overall)", TWO,
                List.of(point(0, 0.03, true, false, ""), point(1, Double.NaN, true, false, "")), null);

        assertThat(Drawn.circles(chart)).hasSize(1);
        assertThat(Drawn.lines(chart)).noneMatch(l -> Palette.BAR.equals(l.stroke()));
        assertThat(Drawn.dashed(chart)).isEmpty();
        assertThat(Drawn.coordinates(chart)).allSatisfy(n -> assertThat(Double.parseDouble(n)).isFinite());
        assertThat(chart.description()).contains("(not plotted)");
    }

    @Test
    void manyStagesStayWithinThePageWidth() {
        List<TrendChart.Column> columns = new java.util.ArrayList<>();
        List<TrendChart.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            columns.add(new TrendChart.Column(i == 0 ? "current" : "in use", "2026-0" + (i + 1) + "-01"));
            points.add(point(i, 0.8 + i * 0.01, true, i > 0, ""));
        }

        Chart chart = TrendChart.of("auc (overall)", columns, points, null);

        assertThat(Drawn.number(chart.width())).isLessThanOrEqualTo(TrendChart.MAX_WIDTH);
        assertThat(onTheLine(chart)).hasSize(6);
    }
}
