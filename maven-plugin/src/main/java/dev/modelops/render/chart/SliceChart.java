package dev.modelops.render.chart;

import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.MetricResult;
import dev.modelops.model.Threshold;
import dev.modelops.render.Formats;
import dev.modelops.render.XmlText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of one metric slice by slice, as a dot-and-whisker chart: a row per result (the slice on the left,
 * the value on the right, with the word "breached" when it breaches its threshold), a dot at the value, a whisker
 * across the confidence interval, and a dashed vertical line at the threshold across the rows it applies to,
 * labelled above the plot. Met is a green dot, breached a red diamond, no threshold a hollow dot: shape and word
 * tell them apart without their colours, and the key under the chart says so.
 *
 * <p>Results on several datasets are grouped by dataset, in the order the files give them, each group under its
 * dataset's name: a metric on the holdout and on the out-of-time sample are two measurements of one slice, and
 * reading them apart, group by group, is how a validator compares them. Within a group the whole dataset comes
 * first, then the slices in file order. The axis covers every value, interval and threshold, widened to round
 * ticks; it does not start at 0, since the differences between slices are what the chart is for.
 *
 * <p>A chart holds at most {@value #MAX_ROWS} rows, so that it fits on a printed page; more rows continue in
 * further charts with the same axis. A value, bound or interval end that is not a finite number is not drawn,
 * and the row says so.
 */
public final class SliceChart {

    static final double WIDTH = 680;
    static final int MAX_ROWS = 40;
    static final double ROW = 22;
    static final double HEADER = 24;
    static final double LABEL_MAX = 220;
    static final double VALUE_COLUMN = 132;

    private static final double LEFT = 10;
    private static final double FONT = 12;
    private static final double SMALL = 11;
    private static final double LABEL_LINE = 14;
    private static final double DOT = 5;

    private SliceChart() {
    }

    /** The charts of {@code metric} over {@code results}: one, or several of at most {@value #MAX_ROWS} rows each. */
    public static List<Chart> of(String metric, List<MetricResult> results) {
        List<Row> rows = rows(results);
        boolean grouped = rows.stream().map(Row::group).distinct().count() > 1;
        double labelWidth = LEFT;
        for (Row row : rows) {
            labelWidth = Math.max(labelWidth, TextWidth.of(row.label(), FONT, false));
        }
        labelWidth = Math.min(LABEL_MAX, labelWidth);
        double plotLeft = LEFT + labelWidth + 16;
        double plotRight = WIDTH - VALUE_COLUMN - 18;
        LinearScale scale = scale(rows, plotLeft, plotRight);
        String level = commonLevel(results);

        List<Chart> charts = new ArrayList<>();
        int panels = Math.max(1, (rows.size() + MAX_ROWS - 1) / MAX_ROWS);
        for (int panel = 0; panel < panels; panel++) {
            List<Row> part = rows.subList(panel * MAX_ROWS, Math.min(rows.size(), (panel + 1) * MAX_ROWS));
            String title = XmlText.clean(metric) + " per slice"
                    + (panels > 1 ? " (part " + (panel + 1) + " of " + panels + ")" : "");
            charts.add(panel(title, part, grouped, labelWidth, scale, level));
        }
        return charts;
    }

    private static Chart panel(String title, List<Row> rows, boolean grouped, double labelWidth, LinearScale scale,
            String level) {
        double plotLeft = LEFT + labelWidth + 16;
        double plotRight = WIDTH - VALUE_COLUMN - 18;
        double valueX = WIDTH - VALUE_COLUMN;
        double statusX = valueX;
        for (Row row : rows) {
            statusX = Math.max(statusX, valueX + TextWidth.of(row.valueText(), FONT, false) + 6);
        }

        List<LabelLines.Wanted> wanted = new ArrayList<>();
        Map<String, Double> thresholdLabels = new LinkedHashMap<>();
        for (Row row : rows) {
            Threshold threshold = row.result().threshold();
            if (threshold != null) {
                addBound(thresholdLabels, threshold.min(), "\u2265 ");
                addBound(thresholdLabels, threshold.max(), "\u2264 ");
            }
        }
        thresholdLabels.forEach((text, value) -> wanted.add(new LabelLines.Wanted(text, scale.at(value))));
        List<LabelLines.Placed> labels = LabelLines.place(wanted, plotLeft - 30, WIDTH - 4, SMALL);
        double top = 10 + LabelLines.lines(labels) * LABEL_LINE + (labels.isEmpty() ? 0 : 4);

        Svg.LayerBuilder back = new Svg.LayerBuilder();
        Svg.LayerBuilder front = new Svg.LayerBuilder();
        Legend legend = new Legend();
        StringBuilder description = new StringBuilder();

        double y = top;
        String group = null;
        List<double[]> minSegments = new ArrayList<>();
        List<double[]> maxSegments = new ArrayList<>();
        Double openMin = null;
        Double openMax = null;
        double[] minSegment = null;
        double[] maxSegment = null;
        int index = 0;
        for (Row row : rows) {
            if (grouped && !row.group().equals(group)) {
                group = row.group();
                minSegment = null;
                maxSegment = null;
                openMin = null;
                openMax = null;
                front.rect(0, y + 2, WIDTH, HEADER - 4, Palette.WHITE);
                String name = group.isEmpty() ? "Dataset not named" : "Dataset " + group;
                front.text(LEFT, y + HEADER - 8, TextWidth.fit(name, SMALL, true, WIDTH - 2 * LEFT), "start", SMALL,
                        true, Palette.INK);
                description.append(description.length() == 0 ? "" : ". ").append(name).append(": ");
                y += HEADER;
                index = 0;
            } else if (description.length() > 0) {
                description.append("; ");
            }
            double centre = y + ROW / 2;
            if (index % 2 == 1) {
                back.rect(0, y, WIDTH, ROW, Palette.BAND);
            }
            index++;
            MetricResult result = row.result();
            front.text(LEFT + labelWidth, centre + 4, TextWidth.fit(row.label(), FONT, false, labelWidth), "end", FONT,
                    false, Palette.INK);

            Threshold threshold = result.threshold();
            Double min = threshold == null ? null : finite(threshold.min());
            Double max = threshold == null ? null : finite(threshold.max());
            if (!Objects.equals(min, openMin) || minSegment == null) {
                minSegment = min == null ? null : newSegment(minSegments, scale.at(min), y);
                openMin = min;
            }
            if (!Objects.equals(max, openMax) || maxSegment == null) {
                maxSegment = max == null ? null : newSegment(maxSegments, scale.at(max), y);
                openMax = max;
            }
            if (minSegment != null) {
                minSegment[2] = y + ROW;
            }
            if (maxSegment != null) {
                maxSegment[2] = y + ROW;
            }

            whisker(front, scale, result.confidenceInterval(), centre, legend);
            Status status = status(result);
            marker(front, scale, result.value(), centre, status, legend);
            String value = row.valueText();
            front.text(valueX, centre + 4, value, "start", FONT, false, Palette.INK);
            if (!status.word().isEmpty()) {
                front.text(statusX, centre + 4, status.word(), "start", SMALL, status == Status.BREACHED,
                        status.colour());
            }
            description.append(row.label()).append(' ').append(value);
            if (result.confidenceInterval() != null) {
                description.append(' ').append(Formats.confidenceInterval(result.confidenceInterval()));
            }
            String bound = Formats.threshold(threshold);
            description.append(bound.isEmpty() ? ", no threshold" : ", threshold " + bound)
                    .append(status.reading().isEmpty() ? "" : ", " + status.reading());
            y += ROW;
        }
        double plotBottom = y;

        for (LinearScale.Tick tick : scale.ticks()) {
            back.line(tick.position(), top, tick.position(), plotBottom, Palette.GRID, 1);
            back.text(tick.position(), plotBottom + 16, tick.label(), "middle", SMALL, false, Palette.MUTED);
        }
        back.line(plotLeft, plotBottom, plotRight, plotBottom, Palette.AXIS, 1);
        for (double[] segment : minSegments) {
            front.dashed(segment[0], segment[1] + 1, segment[0], segment[2] - 1, Palette.INK, 1.5);
        }
        for (double[] segment : maxSegments) {
            front.dashed(segment[0], segment[1] + 1, segment[0], segment[2] - 1, Palette.INK, 1.5);
        }
        if (!minSegments.isEmpty() || !maxSegments.isEmpty()) {
            legend.add(Legend.Mark.THRESHOLD, "threshold");
        }
        for (LabelLines.Placed label : labels) {
            double labelY = 10 + label.line() * LABEL_LINE + 9;
            front.text(label.centre(), labelY, label.text(), "middle", SMALL, true, Palette.INK);
        }
        Svg.LayerBuilder key = new Svg.LayerBuilder();
        double height = legend.draw(key, LEFT, plotBottom + 30, WIDTH - LEFT, level) + 6;

        String summary = title + ": " + Formats.count(rows.size(), "result", "results") + ", axis from "
                + scale.ticks().get(0).label() + " to " + scale.ticks().get(scale.ticks().size() - 1).label() + ". "
                + description + ".";
        return Chart.of(WIDTH, height, title, summary, List.of(back.build(), front.build(), key.build()));
    }

    private static void addBound(Map<String, Double> labels, Double bound, String sign) {
        Double value = finite(bound);
        if (value != null) {
            labels.putIfAbsent(sign + Formats.exact(value), value);
        }
    }

    private static double[] newSegment(List<double[]> segments, double x, double y) {
        double[] segment = {x, y, y};
        segments.add(segment);
        return segment;
    }

    private static void whisker(Svg.LayerBuilder layer, LinearScale scale, ConfidenceInterval interval, double y,
            Legend legend) {
        if (interval == null || Double.isNaN(interval.lower()) || Double.isNaN(interval.upper())) {
            return;
        }
        double low = Math.min(interval.lower(), interval.upper());
        double high = Math.max(interval.lower(), interval.upper());
        double x1 = scale.at(low);
        double x2 = scale.at(high);
        layer.line(x1, y, x2, y, Palette.MUTED, 1.5);
        end(layer, scale, low, x1, y, -1, legend);
        end(layer, scale, high, x2, y, 1, legend);
        legend.add(Legend.Mark.INTERVAL, "confidence interval");
    }

    /** A cap where the interval ends on the scale, an arrow where it runs off it. */
    private static void end(Svg.LayerBuilder layer, LinearScale scale, double bound, double x, double y,
            int direction, Legend legend) {
        if (scale.contains(bound)) {
            layer.line(x, y - 4, x, y + 4, Palette.MUTED, 1.5);
        } else {
            layer.arrow(x, y, direction, 6, Palette.MUTED);
            legend.add(Legend.Mark.OFF_SCALE, "off the scale");
        }
    }

    private static void marker(Svg.LayerBuilder layer, LinearScale scale, double value, double y, Status status,
            Legend legend) {
        if (!Double.isFinite(value)) {
            legend.add(Legend.Mark.NOT_PLOTTED, "not plotted: not a finite number");
            return;
        }
        double x = scale.at(value);
        if (!scale.contains(value)) {
            layer.arrow(x, y, value > scale.max() ? 1 : -1, 8, status.colour());
            legend.add(Legend.Mark.OFF_SCALE, "off the scale");
            return;
        }
        switch (status) {
            case MET -> {
                layer.circle(x, y, DOT, Palette.PASS, Palette.WHITE);
                legend.add(Legend.Mark.MET, "met");
            }
            case BREACHED -> {
                layer.diamond(x, y, DOT + 1.5, Palette.FAIL, Palette.WHITE);
                legend.add(Legend.Mark.BREACHED, "breached");
            }
            default -> {
                layer.circle(x, y, DOT - 0.5, Palette.WHITE, Palette.MUTED);
                legend.add(Legend.Mark.NO_THRESHOLD, "no threshold");
            }
        }
    }

    private static Status status(MetricResult result) {
        Threshold threshold = result.threshold();
        if (!Double.isFinite(result.value())) {
            return Status.NOT_PLOTTED;
        }
        if (threshold == null || threshold.min() == null && threshold.max() == null) {
            return Status.NONE;
        }
        return result.breachesThreshold() ? Status.BREACHED : Status.MET;
    }

    /**
     * How a row's value stands against its threshold: the word the row prints after the value (none for met, which
     * its dot shows), the word its description reads, and its colour.
     */
    private enum Status {
        MET("", "met", Palette.PASS),
        BREACHED("breached", "breached", Palette.FAIL),
        NONE("", "", Palette.MUTED),
        NOT_PLOTTED("not plotted", "not plotted", Palette.MUTED);

        private final String word;
        private final String reading;
        private final String colour;

        Status(String word, String reading, String colour) {
            this.word = word;
            this.reading = reading;
            this.colour = colour;
        }

        String word() {
            return word;
        }

        String reading() {
            return reading;
        }

        String colour() {
            return colour;
        }
    }

    private static LinearScale scale(List<Row> rows, double from, double to) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Row row : rows) {
            MetricResult result = row.result();
            List<Double> values = new ArrayList<>();
            values.add(result.value());
            if (result.confidenceInterval() != null) {
                values.add(result.confidenceInterval().lower());
                values.add(result.confidenceInterval().upper());
            }
            if (result.threshold() != null) {
                values.add(result.threshold().min());
                values.add(result.threshold().max());
            }
            for (Double value : values) {
                if (value != null && Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        return LinearScale.around(low, high, 0.04, from, to, 6);
    }

    /** The level all intervals share ({@code 95%}), or "" when they differ or do not say. */
    private static String commonLevel(List<MetricResult> results) {
        String level = null;
        for (MetricResult result : results) {
            ConfidenceInterval interval = result.confidenceInterval();
            if (interval == null) {
                continue;
            }
            String this_ = interval.level() == null ? "" : Formats.percent(interval.level());
            if (level == null) {
                level = this_;
            } else if (!level.equals(this_)) {
                return "";
            }
        }
        return level == null ? "" : level;
    }

    private static List<Row> rows(List<MetricResult> results) {
        Map<String, List<MetricResult>> byDataset = new LinkedHashMap<>();
        for (MetricResult result : results) {
            byDataset.computeIfAbsent(result.dataset() == null ? "" : XmlText.clean(result.dataset()),
                    key -> new ArrayList<>()).add(result);
        }
        List<Row> rows = new ArrayList<>(results.size());
        byDataset.forEach((dataset, inDataset) -> {
            List<MetricResult> ordered = new ArrayList<>(inDataset);
            ordered.sort(Comparator.comparing((MetricResult r) -> !r.slice().isEmpty()));
            for (MetricResult result : ordered) {
                rows.add(new Row(dataset, XmlText.clean(result.sliceLabel()), result,
                        Formats.metricValue(result.value(), result.threshold())));
            }
        });
        return rows;
    }

    private static Double finite(Double value) {
        return value != null && Double.isFinite(value) ? value : null;
    }

    private record Row(String group, String label, MetricResult result, String valueText) {
    }
}
