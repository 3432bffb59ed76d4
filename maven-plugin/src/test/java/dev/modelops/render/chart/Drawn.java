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

    /** A line with its look. */
    record Line(String x1, String y1, String x2, String y2, String stroke, String strokeWidth, String dash) {
    }

    /** A rectangle with its look. */
    record Rect(String x, String y, String width, String height, String fill, String stroke) {
    }

    /** A circle with its look. */
    record Circle(String cx, String cy, String r, String fill, String stroke) {
    }

    /** A polygon with its look. */
    record Polygon(String points, String fill) {
    }

    /** A text with its look. */
    record Text(String x, String y, String text, String anchor, String size, String weight, String fill) {
    }

    /** The layers of the plot: behind and in front of the marks, not the key under it. */
    private static List<Svg.Layer> plot(Chart chart) {
        return chart.layers().subList(0, Math.min(2, chart.layers().size()));
    }

    /** The texts of the key under the plot. */
    static List<String> key(Chart chart) {
        List<String> texts = new ArrayList<>();
        if (chart.layers().size() >= 3) {
            for (Svg.Texts group : chart.layers().get(2).texts()) {
                group.texts().forEach(t -> texts.add(t.text()));
            }
        }
        return texts;
    }

    static <T> List<T> all(Chart chart, Function<Svg.Layer, List<T>> kind) {
        List<T> shapes = new ArrayList<>();
        for (Svg.Layer layer : plot(chart)) {
            shapes.addAll(kind.apply(layer));
        }
        return shapes;
    }

    static List<Text> texts(Chart chart) {
        return all(chart, layer -> layer.texts().stream().flatMap(g -> g.texts().stream()
                .map(t -> new Text(t.x(), t.y(), t.text(), g.anchor(), g.size(), g.weight(), g.fill()))).toList());
    }

    static List<String> words(Chart chart) {
        return texts(chart).stream().map(Text::text).toList();
    }

    /** The texts of the plot as read: top to bottom, then left to right. */
    static List<String> reading(Chart chart) {
        return texts(chart).stream()
                .sorted(java.util.Comparator.comparingDouble((Text t) -> number(t.y())).thenComparingDouble(t -> number(t.x())))
                .map(Text::text).toList();
    }

    private static final java.util.regex.Pattern CIRCLE = java.util.regex.Pattern.compile(
            "M(-?[0-9.]+) (-?[0-9.]+)a([0-9.]+) [0-9.]+ 0 1 0 [0-9.]+ 0a[0-9.]+ [0-9.]+ 0 1 0 -?[0-9.]+ 0Z");
    private static final java.util.regex.Pattern POLYGON =
            java.util.regex.Pattern.compile("M-?[0-9.]+ -?[0-9.]+(L-?[0-9.]+ -?[0-9.]+)+Z");

    /** The circles of the plot: each pair of arcs of the paths, with its centre and radius. */
    static List<Circle> circles(Chart chart) {
        return all(chart, layer -> {
            List<Circle> circles = new ArrayList<>();
            for (Svg.Path p : layer.paths()) {
                java.util.regex.Matcher m = CIRCLE.matcher(p.d());
                while (m.find()) {
                    double r = number(m.group(3));
                    circles.add(new Circle(Svg.number(number(m.group(1)) + r), m.group(2), m.group(3), p.fill(),
                            p.stroke()));
                }
            }
            return circles;
        });
    }

    private static final java.util.regex.Pattern LINE =
            java.util.regex.Pattern.compile("M(-?[0-9.]+) (-?[0-9.]+)L(-?[0-9.]+) (-?[0-9.]+)");
    private static final java.util.regex.Pattern RECT =
            java.util.regex.Pattern.compile("M(-?[0-9.]+) (-?[0-9.]+)h(-?[0-9.]+)v(-?[0-9.]+)h-?[0-9.]+Z");

    /** The lines of the plot: each segment of the paths of lines (those filled with none). */
    static List<Line> lines(Chart chart) {
        return all(chart, layer -> {
            List<Line> lines = new ArrayList<>();
            for (Svg.Path p : layer.paths()) {
                if ("none".equals(p.fill())) {
                    java.util.regex.Matcher m = LINE.matcher(p.d());
                    while (m.find()) {
                        lines.add(new Line(m.group(1), m.group(2), m.group(3), m.group(4), p.stroke(), p.strokeWidth(),
                                p.dash()));
                    }
                }
            }
            return lines;
        });
    }

    /** The rectangles of the plot: each closed box of the filled paths. */
    static List<Rect> rects(Chart chart) {
        return all(chart, layer -> {
            List<Rect> rects = new ArrayList<>();
            for (Svg.Path p : layer.paths()) {
                if (!"none".equals(p.fill())) {
                    java.util.regex.Matcher m = RECT.matcher(p.d());
                    while (m.find()) {
                        rects.add(new Rect(m.group(1), m.group(2), m.group(3), m.group(4), p.fill(), p.stroke()));
                    }
                }
            }
            return rects;
        });
    }

    /** The polygons of the plot: each closed run of straight segments of the paths. */
    static List<Polygon> polygons(Chart chart) {
        return all(chart, layer -> {
            List<Polygon> polygons = new ArrayList<>();
            for (Svg.Path p : layer.paths()) {
                java.util.regex.Matcher m = POLYGON.matcher(p.d());
                while (m.find()) {
                    polygons.add(new Polygon(m.group(), p.fill()));
                }
            }
            return polygons;
        });
    }

    static List<Line> dashed(Chart chart) {
        return lines(chart).stream().filter(l -> l.dash() != null).toList();
    }

    static Text text(Chart chart, String text) {
        return texts(chart).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no text " + text + " in " + words(chart)));
    }

    static double number(String text) {
        return Double.parseDouble(text);
    }

    /** The axis ticks of a horizontal axis: the tick labels under the plot, as value and x. */
    static List<double[]> horizontalTicks(Chart chart) {
        List<double[]> ticks = new ArrayList<>();
        for (Text text : texts(chart)) {
            if ("middle".equals(text.anchor()) && Palette.MUTED.equals(text.fill()) && isNumber(text.text())) {
                ticks.add(new double[] {number(text.text()), number(text.x())});
            }
        }
        return ticks;
    }

    /** The axis ticks of a vertical axis: the tick labels left of the plot, as value and y of the label's centre. */
    static List<double[]> verticalTicks(Chart chart) {
        List<double[]> ticks = new ArrayList<>();
        for (Text text : texts(chart)) {
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

    /** Every coordinate and size of every shape, key included, for checking that none is broken. */
    static List<String> coordinates(Chart chart) {
        List<String> numbers = new ArrayList<>(List.of(chart.width(), chart.height()));
        for (Svg.Layer layer : chart.layers()) {
            for (Svg.Path p : layer.paths()) {
                if (p.strokeWidth() != null) {
                    numbers.add(p.strokeWidth());
                }
                for (String number : p.d().split("[MLhvaZ ]")) {
                    if (!number.isEmpty()) {
                        numbers.add(number);
                    }
                }
            }
            layer.texts().forEach(g -> {
                numbers.add(g.size());
                g.texts().forEach(t -> numbers.addAll(List.of(t.x(), t.y())));
            });
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
