package dev.modelops.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes a chart is drawn with, as the template writes them into {@code <svg>}: every coordinate and size is
 * a text already formatted ({@link #number(double)}), every colour a hex code, so that the template only copies
 * attributes and Thymeleaf escapes every text. An attribute that is null is left out of the element.
 *
 * <p>Shapes are drawn in layers ({@link Layer}); within a layer, rectangles first, then lines, polygons, circles
 * and texts, so that marks sit on the bands and bars behind them and labels on top of everything. The charts use
 * SVG presentation attributes, never CSS classes: the PDF renderer hands each {@code <svg>} to Batik without the
 * page's style sheet.
 */
public final class Svg {

    /** The fonts of every chart text: shipped with the PDF renderer, and DejaVu's metrics are what labels are sized by. */
    public static final String FONT_FAMILY = "DejaVu Sans, sans-serif";

    private Svg() {
    }

    /**
     * A coordinate or length with one decimal, {@code Locale}-free ({@code 12.5}, {@code -3.0}). A non-finite
     * number, which a chart never means to draw, is written 0 so that the SVG stays valid whatever happens.
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        String text = rounded.toPlainString();
        return "-0.0".equals(text) ? "0.0" : text;
    }

    /** A straight line; {@code dash} is a {@code stroke-dasharray} such as {@code 4 3}, null for a solid line. */
    public record Line(String x1, String y1, String x2, String y2, String stroke, String strokeWidth, String dash) {
    }

    /** A rectangle; {@code stroke} null for none. */
    public record Rect(String x, String y, String width, String height, String fill, String stroke,
            String strokeWidth) {
    }

    /** A circle. */
    public record Circle(String cx, String cy, String r, String fill, String stroke, String strokeWidth) {
    }

    /** A closed shape through {@code points} ({@code x,y x,y ...}): markers that are not circles. */
    public record Polygon(String points, String fill, String stroke, String strokeWidth) {
    }

    /** A label; {@code anchor} is {@code start}, {@code middle} or {@code end}, {@code weight} null or {@code bold}. */
    public record Text(String x, String y, String text, String anchor, String size, String weight, String fill) {
    }

    /** One layer of shapes, drawn in the order of its lists. */
    public record Layer(List<Rect> rects, List<Line> lines, List<Polygon> polygons, List<Circle> circles,
            List<Text> texts) {
        public Layer {
            rects = List.copyOf(rects);
            lines = List.copyOf(lines);
            polygons = List.copyOf(polygons);
            circles = List.copyOf(circles);
            texts = List.copyOf(texts);
        }
    }

    /**
     * Collects the shapes of one layer from plain numbers, formatting each coordinate once. Not thread-safe: each
     * chart builds its own.
     */
    static final class LayerBuilder {
        private final List<Rect> rects = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<Polygon> polygons = new ArrayList<>();
        private final List<Circle> circles = new ArrayList<>();
        private final List<Text> texts = new ArrayList<>();

        LayerBuilder rect(double x, double y, double width, double height, String fill) {
            rects.add(new Rect(number(x), number(y), number(Math.max(0, width)), number(Math.max(0, height)), fill,
                    null, null));
            return this;
        }

        LayerBuilder outlinedRect(double x, double y, double width, double height, String fill, String stroke) {
            rects.add(new Rect(number(x), number(y), number(Math.max(0, width)), number(Math.max(0, height)), fill,
                    stroke, "1"));
            return this;
        }

        LayerBuilder line(double x1, double y1, double x2, double y2, String stroke, double width) {
            lines.add(new Line(number(x1), number(y1), number(x2), number(y2), stroke, number(width), null));
            return this;
        }

        LayerBuilder dashed(double x1, double y1, double x2, double y2, String stroke, double width) {
            lines.add(new Line(number(x1), number(y1), number(x2), number(y2), stroke, number(width), "5 3"));
            return this;
        }

        LayerBuilder circle(double cx, double cy, double r, String fill, String stroke) {
            circles.add(new Circle(number(cx), number(cy), number(r), fill, stroke, stroke == null ? null : "1.5"));
            return this;
        }

        /** A diamond centred on (cx, cy), {@code r} from centre to corner. */
        LayerBuilder diamond(double cx, double cy, double r, String fill, String stroke) {
            String points = number(cx) + "," + number(cy - r) + " " + number(cx + r) + "," + number(cy) + " "
                    + number(cx) + "," + number(cy + r) + " " + number(cx - r) + "," + number(cy);
            polygons.add(new Polygon(points, fill, stroke, stroke == null ? null : "1.5"));
            return this;
        }

        /** A triangle pointing left ({@code direction} -1) or right (+1) with its tip at (x, cy): "off the scale". */
        LayerBuilder arrow(double x, double cy, int direction, double size, String fill) {
            double back = x - direction * size;
            String points = number(x) + "," + number(cy) + " " + number(back) + "," + number(cy - size * 0.6) + " "
                    + number(back) + "," + number(cy + size * 0.6);
            polygons.add(new Polygon(points, fill, null, null));
            return this;
        }

        LayerBuilder text(double x, double y, String text, String anchor, double size, boolean bold, String fill) {
            texts.add(new Text(number(x), number(y), text, anchor, number(size), bold ? "bold" : null, fill));
            return this;
        }

        Layer build() {
            return new Layer(rects, lines, polygons, circles, texts);
        }
    }
}
