package dev.modelops.render.chart;

import dev.modelops.model.Threshold;
import dev.modelops.render.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * One metric on one slice across versions and time, as a slope chart: a column per stage (the baseline
 * version, the current version, then the dates it was measured in use), a point per result labelled with its
 * value, a line joining the results compared stage to stage (solid from version to version, dashed into use,
 * where the data are of another kind), and the threshold as a dashed horizontal line. Results of other datasets
 * in the same stage are hollow points, labelled with their dataset. Only results that exist are drawn: a stage
 * without one is not a column.
 */
public final class TrendChart {

    static final double COLUMN_GAP = 120;
    static final double MAX_WIDTH = 680;

    private static final double LEFT = 42;
    private static final double FIRST = 30;
    private static final double RIGHT_ROOM = 128;
    private static final double TOP = 26;
    private static final double PLOT_HEIGHT = 130;
    private static final double FONT = 11;
    private static final double SMALL = 10;

    private TrendChart() {
    }

    /** A stage: its heading ({@code 3.1.2 baseline}) and its date, both already formatted. */
    public record Column(String heading, String date) {
    }

    /**
     * A result at a stage: the column it belongs to, its value and how it reads, whether it is on the line, and
     * its dataset (shown next to a point that is not on the line).
     */
    public record Point(int column, double value, String valueText, boolean connected, boolean inUse, String dataset) {
    }

    public static Chart of(String title, List<Column> columns, List<Point> points, Threshold threshold) {
        int count = Math.max(1, columns.size());
        double gap = count == 1 ? 0 : Math.min(COLUMN_GAP, (MAX_WIDTH - LEFT - FIRST - RIGHT_ROOM) / (count - 1));
        double width = LEFT + FIRST + gap * (count - 1) + RIGHT_ROOM;
        double plotTop = TOP;
        double plotBottom = TOP + PLOT_HEIGHT;

        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        List<Double> bounds = new ArrayList<>();
        if (threshold != null) {
            bounds.add(threshold.min());
            bounds.add(threshold.max());
        }
        for (Point point : points) {
            bounds.add(point.value());
        }
        for (Double value : bounds) {
            if (value != null && Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        LinearScale scale = LinearScale.around(low, high, 0.12, plotBottom, plotTop, 4);

        Svg.LayerBuilder back = new Svg.LayerBuilder();
        Svg.LayerBuilder front = new Svg.LayerBuilder();
        double plotLeft = LEFT + 4;
        double plotRight = width - 8;
        for (LinearScale.Tick tick : scale.ticks()) {
            back.line(plotLeft, tick.position(), plotRight, tick.position(), Palette.GRID, 1);
            back.text(LEFT - 4, tick.position() + 4, tick.label(), "end", SMALL, false, Palette.MUTED);
        }

        double[] xs = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = LEFT + FIRST + gap * i;
        }
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            double room = count == 1 ? RIGHT_ROOM : gap - 8;
            back.line(xs[i], plotTop, xs[i], plotBottom, Palette.GRID, 1);
            front.text(xs[i], plotBottom + 16, TextWidth.fit(column.heading(), FONT, true, room), "middle", FONT, true,
                    Palette.INK);
            front.text(xs[i], plotBottom + 30, TextWidth.fit(column.date(), SMALL, false, room), "middle", SMALL, false,
                    Palette.MUTED);
        }

        List<double[]> placedLabels = new ArrayList<>();
        if (threshold != null) {
            thresholdLine(back, scale, threshold.min(), "\u2265 ", plotLeft, plotRight, points, placedLabels);
            thresholdLine(back, scale, threshold.max(), "\u2264 ", plotLeft, plotRight, points, placedLabels);
        }

        Point previous = null;
        List<Point> connected = points.stream().filter(Point::connected)
                .filter(p -> Double.isFinite(p.value())).toList();
        for (Point point : connected) {
            if (previous != null) {
                double x1 = xs[previous.column()];
                double x2 = xs[point.column()];
                if (point.inUse()) {
                    front.dashed(x1, scale.at(previous.value()), x2, scale.at(point.value()), Palette.BAR, 2);
                } else {
                    front.line(x1, scale.at(previous.value()), x2, scale.at(point.value()), Palette.BAR, 2);
                }
            }
            previous = point;
        }

        StringBuilder description = new StringBuilder();
        for (Point point : points) {
            Column column = columns.get(point.column());
            description.append(description.length() == 0 ? "" : "; ").append(column.heading()).append(' ')
                    .append(column.date()).append(": ").append(point.valueText())
                    .append(point.dataset().isEmpty() ? "" : " on " + point.dataset());
            if (!Double.isFinite(point.value())) {
                description.append(" (not plotted)");
                continue;
            }
            double x = xs[point.column()];
            double y = scale.at(point.value());
            if (point.connected()) {
                front.circle(x, y, 4.5, Palette.BAR, Palette.WHITE);
            } else {
                front.circle(x, y, 4, Palette.WHITE, Palette.BAR);
            }
            labelPoint(front, point, x, y, xs, connected, scale, count, gap, placedLabels);
        }

        String summary = title + ": " + description + ".";
        return Chart.of(width, plotBottom + 40, title, summary, List.of(back.build(), front.build()));
    }

    private static void thresholdLine(Svg.LayerBuilder layer, LinearScale scale, Double bound, String sign,
            double left, double right, List<Point> points, List<double[]> placed) {
        if (bound == null || !Double.isFinite(bound)) {
            return;
        }
        double y = scale.at(bound);
        layer.dashed(left, y, right, y, Palette.INK, 1.2);
        String text = sign + Formats.exact(bound);
        double width = TextWidth.of(text, SMALL, true);
        double labelY = y - 4;
        for (Point point : points) {
            if (Double.isFinite(point.value()) && Math.abs(scale.at(point.value()) - labelY) < 12) {
                labelY = y + 12;
            }
        }
        layer.text(right, labelY, text, "end", SMALL, true, Palette.INK);
        placed.add(new double[] {right - width, labelY - 10, right, labelY + 2});
    }

    /**
     * The value label of a point, where no line runs: right of a point of the last stage; for a point on the line,
     * above it when the line goes on downwards and below when it goes on upwards; for a hollow point, above it
     * when it is higher than the point on the line of its stage, below when lower. Moved further out when another
     * label is already there.
     */
    private static void labelPoint(Svg.LayerBuilder layer, Point point, double x, double y, double[] xs,
            List<Point> connected, LinearScale scale, int count, double gap, List<double[]> placed) {
        boolean last = point.column() == count - 1;
        String value = point.valueText();
        String dataset = point.connected() ? "" : point.dataset();
        double room = last ? RIGHT_ROOM - 12 : point.connected() ? gap - 10 : gap + 4;
        double valueWidth = TextWidth.of(value, FONT, true);
        double datasetWidth = dataset.isEmpty() ? 0 : Math.min(room, TextWidth.of(dataset, SMALL, false));
        double width = Math.max(valueWidth, datasetWidth);
        String anchor;
        double left;
        double valueY;
        double step;
        if (last) {
            anchor = "start";
            left = x + 8;
            valueY = y + 4;
            step = 13;
        } else if (point.connected()) {
            int at = connected.indexOf(point);
            Point next = at >= 0 && at + 1 < connected.size() ? connected.get(at + 1) : null;
            boolean upwards = next != null && scale.at(next.value()) < y;
            anchor = "start";
            left = x + 6;
            valueY = upwards ? y + 15 : y - 7;
            step = upwards ? 13 : -13;
        } else {
            Point headline = connected.stream().filter(p -> p.column() == point.column()).findFirst().orElse(null);
            boolean above = headline == null || point.value() >= headline.value();
            if (above && y - (dataset.isEmpty() ? 8 : 19) - 10 < 0) {
                above = false;
            }
            anchor = "middle";
            left = x - width / 2;
            valueY = above ? y - (dataset.isEmpty() ? 8 : 19) : y + 16;
            step = above ? -13 : 13;
        }
        double lines = dataset.isEmpty() ? 1 : 2;
        for (int attempt = 0; attempt < 4 && overlaps(placed, left, valueY, width, lines); attempt++) {
            valueY += step;
        }
        double textX = "middle".equals(anchor) ? x : left;
        // A white ground under the label, so that a grid or threshold line behind it does not run through it.
        layer.rect(left - 1, valueY - 10, width + 2, 12 + (lines - 1) * 11, Palette.WHITE);
        layer.text(textX, valueY, value, anchor, FONT, true, Palette.INK);
        if (!dataset.isEmpty()) {
            layer.text(textX, valueY + 11, TextWidth.fit(dataset, SMALL, false, room), anchor, SMALL, false,
                    Palette.MUTED);
        }
        placed.add(new double[] {left, valueY - 10, left + width, valueY + 2 + (lines - 1) * 11});
    }

    private static boolean overlaps(List<double[]> placed, double x, double y, double width, double lines) {
        double top = y - 10;
        double bottom = y + 2 + (lines - 1) * 11;
        for (double[] box : placed) {
            if (x < box[2] && x + width > box[0] && top < box[3] && bottom > box[1]) {
                return true;
            }
        }
        return false;
    }
}
