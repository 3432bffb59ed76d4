package dev.modelops.render.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shapes a chart is drawn with, as the template writes them into {@code <svg>}: every coordinate and size is
 * a text already formatted ({@link #number(double)}), every colour a hex code, so that the template only copies
 * attributes and Thymeleaf escapes every text. An attribute that is null is left out of the element.
 *
 * <p>Shapes that look alike are drawn together, their look (fill, stroke, dashes, font size...) written once:
 * rectangles, lines, circles and markers of one look as one {@code <path>}, texts of one look in one {@code <g>}
 * whose SVG presentation attributes every SVG renderer applies to its children. A card holds many hundreds of
 * shapes, and every element and attribute less is rendering time saved. Shapes are drawn in layers
 * ({@link Layer}); within a layer rectangles first, then lines, markers (polygons, then circles) and texts, so
 * that marks sit on the bands and bars behind them and labels on top of everything. The charts use presentation
 * attributes, never CSS classes: the PDF renderer hands each {@code <svg>} to Batik without the page's style sheet.
 */
public final class Svg {

    /** The fonts of every chart text: shipped with the PDF renderer, and DejaVu's metrics are what labels are sized by. */
    public static final String FONT_FAMILY = "DejaVu Sans, sans-serif";

    private Svg() {
    }

    /**
     * A coordinate or length with one decimal, {@code Locale}-free ({@code 12.5}, {@code -3.0}), rounded half up.
     * A non-finite number, which a chart never means to draw, is written 0 so that the SVG stays valid whatever
     * happens.
     */
    public static String number(double value) {
        if (!Double.isFinite(value) || Math.abs(value) > 1e12) {
            return "0.0";
        }
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + whole / 10 + "." + whole % 10;
    }

    /**
     * Shapes of one look as one path: {@code d} holds {@code M x y h w v h h -w Z} per rectangle,
     * {@code M x1 y1 L x2 y2} per line, {@code M x y L x y L x y ... Z} per polygon and two arcs per circle
     * ({@code M cx-r cy a r r 0 1 0 2r 0 a r r 0 1 0 -2r 0 Z}). {@code fill} is {@code none} for lines,
     * {@code stroke} and {@code strokeWidth} null for shapes without an outline, {@code dash} a
     * {@code stroke-dasharray} such as {@code 5 3}, or null for a solid line.
     */
    public record Path(String d, String fill, String stroke, String strokeWidth, String dash) {
    }

    /** A label at ({@code x}, {@code y}), its baseline. */
    public record Text(String x, String y, String text) {
    }

    /**
     * Labels of one look: {@code anchor} ({@code start}, {@code middle} or {@code end}), {@code size}, {@code weight}
     * ({@code bold}, or null) and {@code fill}.
     */
    public record Texts(String fill, String anchor, String size, String weight, List<Text> texts) {
        public Texts {
            texts = List.copyOf(texts);
        }
    }

    /** One layer of a chart: its paths, then its labels, each in drawing order. */
    public record Layer(List<Path> paths, List<Texts> texts) {
        public Layer {
            paths = List.copyOf(paths);
            texts = List.copyOf(texts);
        }
    }

    /**
     * Collects the shapes of one layer from plain numbers, formatting each coordinate once and adding each shape to
     * the path or text group of its kind and look, those of a kind in the order their first shape came. Not
     * thread-safe: each chart builds its own.
     */
    static final class LayerBuilder {

        /** The kinds of shape, in the order a layer draws them. */
        private enum Kind { RECT, LINE, POLYGON, CIRCLE, TEXT }

        private record Look(Kind kind, String fill, String stroke, String strokeWidth, String dash, String anchor,
                String size, String weight) {
        }

        private final Map<Look, List<Object>> groups = new LinkedHashMap<>();

        private void add(Look look, Object shape) {
            groups.computeIfAbsent(look, key -> new ArrayList<>()).add(shape);
        }

        private static String outline(String stroke) {
            return stroke == null ? null : "1.5";
        }

        LayerBuilder rect(double x, double y, double width, double height, String fill) {
            add(new Look(Kind.RECT, fill, null, null, null, null, null, null), rect(x, y, width, height));
            return this;
        }

        LayerBuilder outlinedRect(double x, double y, double width, double height, String fill, String stroke) {
            add(new Look(Kind.RECT, fill, stroke, "1.0", null, null, null, null), rect(x, y, width, height));
            return this;
        }

        private static String rect(double x, double y, double width, double height) {
            return "M" + number(x) + " " + number(y) + "h" + number(Math.max(0, width)) + "v"
                    + number(Math.max(0, height)) + "h" + number(-Math.max(0, width)) + "Z";
        }

        LayerBuilder line(double x1, double y1, double x2, double y2, String stroke, double width) {
            add(new Look(Kind.LINE, "none", stroke, number(width), null, null, null, null), line(x1, y1, x2, y2));
            return this;
        }

        LayerBuilder dashed(double x1, double y1, double x2, double y2, String stroke, double width) {
            add(new Look(Kind.LINE, "none", stroke, number(width), "5 3", null, null, null), line(x1, y1, x2, y2));
            return this;
        }

        private static String line(double x1, double y1, double x2, double y2) {
            return "M" + number(x1) + " " + number(y1) + "L" + number(x2) + " " + number(y2);
        }

        LayerBuilder circle(double cx, double cy, double r, String fill, String stroke) {
            String d = "M" + number(cx - r) + " " + number(cy) + "a" + number(r) + " " + number(r) + " 0 1 0 "
                    + number(2 * r) + " 0a" + number(r) + " " + number(r) + " 0 1 0 " + number(-2 * r) + " 0Z";
            add(new Look(Kind.CIRCLE, fill, stroke, outline(stroke), null, null, null, null), d);
            return this;
        }

        /** A diamond centred on (cx, cy), {@code r} from centre to corner. */
        LayerBuilder diamond(double cx, double cy, double r, String fill, String stroke) {
            add(new Look(Kind.POLYGON, fill, stroke, outline(stroke), null, null, null, null),
                    polygon(cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy));
            return this;
        }

        /** A triangle pointing left ({@code direction} -1) or right (+1) with its tip at (x, cy): "off the scale". */
        LayerBuilder arrow(double x, double cy, int direction, double size, String fill) {
            double back = x - direction * size;
            add(new Look(Kind.POLYGON, fill, null, null, null, null, null, null),
                    polygon(x, cy, back, cy - size * 0.6, back, cy + size * 0.6));
            return this;
        }

        private static String polygon(double... xy) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < xy.length; i += 2) {
                d.append(i == 0 ? "M" : "L").append(number(xy[i])).append(' ').append(number(xy[i + 1]));
            }
            return d.append('Z').toString();
        }

        LayerBuilder text(double x, double y, String text, String anchor, double size, boolean bold, String fill) {
            add(new Look(Kind.TEXT, fill, null, null, null, anchor, number(size), bold ? "bold" : null),
                    new Text(number(x), number(y), Objects.requireNonNull(text)));
            return this;
        }

        Layer build() {
            List<Path> paths = new ArrayList<>();
            List<Texts> texts = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                groups.forEach((look, shapes) -> {
                    if (look.kind() != kind) {
                        return;
                    }
                    if (kind == Kind.TEXT) {
                        texts.add(new Texts(look.fill(), look.anchor(), look.size(), look.weight(),
                                shapes.stream().map(Text.class::cast).toList()));
                    } else {
                        StringBuilder d = new StringBuilder();
                        shapes.forEach(d::append);
                        paths.add(new Path(d.toString(), look.fill(), look.stroke(), look.strokeWidth(), look.dash()));
                    }
                });
            }
            return new Layer(paths, texts);
        }
    }
}
