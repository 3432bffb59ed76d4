package dev.modelops.render.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a routed edge: the line through its points with slightly rounded corners, stopped where its arrow head
 * begins (so that the line's end does not show through the tip), and the arrow head, a filled triangle whose tip
 * is the last point, on the target's box.
 */
final class EdgeLine {

    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 4;
    private static final double BEND_RADIUS = 4;
    /** Points closer than this are one point (ELK may give a zero-length segment). */
    private static final double SAME_POINT = 0.01;

    private EdgeLine() {
    }

    /** The edge from lineage id {@code from} to {@code to} along {@code route}, its start and its end first and last. */
    static LineageGraph.Edge of(String from, String to, List<double[]> route) {
        List<double[]> points = distinct(route);
        double[] tip = points.get(points.size() - 1);
        double[] before = points.size() > 1 ? points.get(points.size() - 2) : new double[] {tip[0] - 1, tip[1]};
        double length = Math.hypot(tip[0] - before[0], tip[1] - before[1]);
        double dx = (tip[0] - before[0]) / length;
        double dy = (tip[1] - before[1]) / length;
        if (points.size() > 1) {
            double shortened = Math.min(ARROW_LENGTH, length);
            points.set(points.size() - 1, new double[] {tip[0] - dx * shortened, tip[1] - dy * shortened});
        }
        double baseX = tip[0] - dx * ARROW_LENGTH;
        double baseY = tip[1] - dy * ARROW_LENGTH;
        String arrowHead = "M" + point(tip[0], tip[1])
                + "L" + point(baseX - dy * ARROW_HALF_WIDTH, baseY + dx * ARROW_HALF_WIDTH)
                + "L" + point(baseX + dy * ARROW_HALF_WIDTH, baseY - dx * ARROW_HALF_WIDTH) + "Z";
        return new LineageGraph.Edge(from, to, roundedPath(points), arrowHead);
    }

    private static List<double[]> distinct(List<double[]> route) {
        List<double[]> points = new ArrayList<>();
        for (double[] point : route) {
            double[] last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last == null || Math.abs(last[0] - point[0]) > SAME_POINT || Math.abs(last[1] - point[1]) > SAME_POINT) {
                points.add(point);
            }
        }
        return points;
    }

    /** A polyline through {@code points} whose corners are quarter curves of at most {@value #BEND_RADIUS} px. */
    private static String roundedPath(List<double[]> points) {
        StringBuilder path = new StringBuilder("M").append(point(points.get(0)[0], points.get(0)[1]));
        for (int i = 1; i < points.size() - 1; i++) {
            double[] previous = points.get(i - 1);
            double[] corner = points.get(i);
            double[] next = points.get(i + 1);
            double in = Math.hypot(corner[0] - previous[0], corner[1] - previous[1]);
            double out = Math.hypot(next[0] - corner[0], next[1] - corner[1]);
            double radius = Math.min(BEND_RADIUS, Math.min(in, out) / 2);
            double startX = corner[0] - (corner[0] - previous[0]) / in * radius;
            double startY = corner[1] - (corner[1] - previous[1]) / in * radius;
            double endX = corner[0] + (next[0] - corner[0]) / out * radius;
            double endY = corner[1] + (next[1] - corner[1]) / out * radius;
            path.append("L").append(point(startX, startY))
                    .append("Q").append(point(corner[0], corner[1])).append(" ").append(point(endX, endY));
        }
        double[] last = points.get(points.size() - 1);
        return path.append("L").append(point(last[0], last[1])).toString();
    }

    private static String point(double x, double y) {
        return SvgNumber.of(x) + " " + SvgNumber.of(y);
    }
}
