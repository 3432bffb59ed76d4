package dev.modelops.render.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the formatted coordinates of a {@link LineageGraph} back into numbers, for assertions on the layout. */
final class GraphGeometry {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** The coordinates have one decimal; a point closer than this to a line lies on it. */
    static final double TOLERANCE = 0.11;

    private GraphGeometry() {
    }

    /** A node's box in numbers. */
    record Box(String id, NodeKind kind, double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        boolean overlaps(Box other) {
            return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
        }

        /** True when {@code point} lies on the outline of this box. */
        boolean hasOnItsBorder(double[] point) {
            boolean withinX = point[0] >= x - TOLERANCE && point[0] <= right() + TOLERANCE;
            boolean withinY = point[1] >= y - TOLERANCE && point[1] <= bottom() + TOLERANCE;
            boolean onVertical = Math.abs(point[0] - x) <= TOLERANCE || Math.abs(point[0] - right()) <= TOLERANCE;
            boolean onHorizontal = Math.abs(point[1] - y) <= TOLERANCE || Math.abs(point[1] - bottom()) <= TOLERANCE;
            return withinX && withinY && (onVertical || onHorizontal);
        }
    }

    static Box box(LineageGraph.Node node) {
        return new Box(node.id(), node.kind(), number(node.x()), number(node.y()), number(node.width()),
                number(node.height()));
    }

    static Map<String, Box> boxes(LineageGraph graph) {
        return graph.nodes().stream().map(GraphGeometry::box)
                .collect(Collectors.toMap(Box::id, Function.identity()));
    }

    /** The points of SVG path data, in order (control points of curves included). */
    static List<double[]> points(String path) {
        Matcher matcher = NUMBER.matcher(path);
        List<Double> numbers = new ArrayList<>();
        while (matcher.find()) {
            numbers.add(Double.parseDouble(matcher.group()));
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i + 1 < numbers.size(); i += 2) {
            points.add(new double[] {numbers.get(i), numbers.get(i + 1)});
        }
        return points;
    }

    /** Where an edge starts: the first point of its line. */
    static double[] start(LineageGraph.Edge edge) {
        return points(edge.path()).get(0);
    }

    /** Where an edge ends: the tip of its arrow head, the first point of the head's path. */
    static double[] tip(LineageGraph.Edge edge) {
        return points(edge.arrowHead()).get(0);
    }

    static double number(String text) {
        return Double.parseDouble(text);
    }
}
