package dev.modelops.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a chart's shapes back as numbers, so tests can check where things are: every shape of a kind, the
 * axis ticks (their values and positions, from the tick labels), and a value's position along the axis.
 */
final class Drawn {

    private Drawn() {
    }

    /** The shapes of a kind in the plot: the layers behind and in front of the marks, not the key under it. */
    static <T> List<T> all(Chart chart, Function<Svg.Layer, List<T>> kind) {
        List<T> shapes = new ArrayList<>();
        for (Svg.Layer layer : chart.layers().subList(0, Math.min(2, chart.layers().size()))) {
            shapes.addAll(kind.apply(layer));
        }
        return shapes;
    }

    /** The texts of the key under the plot. */
    static List<String> key(Chart chart) {
        return chart.layers().size() < 3 ? List.of()
                : chart.layers().get(2).texts().stream().map(Svg.Text::text).toList();
    }

    static List<Svg.Text> texts(Chart chart) {
        return all(chart, Svg.Layer::texts);
    }

    static List<String> words(Chart chart) {
        return texts(chart).stream().map(Svg.Text::text).toList();
    }

    static List<Svg.Circle> circles(Chart chart) {
        return all(chart, Svg.Layer::circles);
    }

    static List<Svg.Line> lines(Chart chart) {
        return all(chart, Svg.Layer::lines);
    }

    static List<Svg.Rect> rects(Chart chart) {
        return all(chart, Svg.Layer::rects);
    }

    static List<Svg.Polygon> polygons(Chart chart) {
        return all(chart, Svg.Layer::polygons);
    }

    static List<Svg.Line> dashed(Chart chart) {
        return lines(chart).stream().filter(l -> l.dash() != null).toList();
    }

    static Svg.Text text(Chart chart, String text) {
        return texts(chart).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no text " + text + " in " + words(chart)));
    }

    static double number(String text) {
        return Double.parseDouble(text);
    }

    /** The axis ticks of a horizontal axis: the tick labels under the plot, as value and x. */
    static List<double[]> horizontalTicks(Chart chart) {
        List<double[]> ticks = new ArrayList<>();
        for (Svg.Text text : texts(chart)) {
            if ("middle".equals(text.anchor()) && Palette.MUTED.equals(text.fill()) && isNumber(text.text())) {
                ticks.add(new double[] {number(text.text()), number(text.x())});
            }
        }
        return ticks;
    }

    /** The axis ticks of a vertical axis: the tick labels left of the plot, as value and y of the label's centre. */
    static List<double[]> verticalTicks(Chart chart) {
        List<double[]> ticks = new ArrayList<>();
        for (Svg.Text text : texts(chart)) {
            if ("end".equals(text.anchor()) && Palette.MUTED.equals(text.fill()) && isNumber(text.text())) {
                ticks.add(new double[] {number(text.text()), number(text.y()) - 4});
            }
        }
        return ticks;
    }

    /** Where {@code value} is along an axis given by two or more ticks (value, position). */
    static double position(List<double[]> ticks, double value) {
        double[] first = ticks.get(0);
        double[] last = ticks.get(ticks.size() - 1);
        return first[1] + (value - first[0]) / (last[0] - first[0]) * (last[1] - first[1]);
    }

    /** Every coordinate and size of every shape, for checking that none is broken. */
    static List<String> coordinates(Chart chart) {
        List<String> numbers = new ArrayList<>(List.of(chart.width(), chart.height()));
        for (Svg.Layer layer : chart.layers()) {
            numbers.addAll(coordinates(layer));
        }
        return numbers;
    }

    private static List<String> coordinates(Svg.Layer layer) {
        List<String> numbers = new ArrayList<>();
        for (Svg.Rect r : layer.rects()) {
            numbers.addAll(List.of(r.x(), r.y(), r.width(), r.height()));
        }
        for (Svg.Line l : layer.lines()) {
            numbers.addAll(List.of(l.x1(), l.y1(), l.x2(), l.y2(), l.strokeWidth()));
        }
        for (Svg.Circle c : layer.circles()) {
            numbers.addAll(List.of(c.cx(), c.cy(), c.r()));
        }
        for (Svg.Polygon p : layer.polygons()) {
            for (String point : p.points().split(" ")) {
                numbers.addAll(List.of(point.split(",")));
            }
        }
        for (Svg.Text t : layer.texts()) {
            numbers.addAll(List.of(t.x(), t.y(), t.size()));
        }
        return numbers;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
