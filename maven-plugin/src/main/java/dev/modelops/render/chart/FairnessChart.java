package dev.modelops.render.chart;

import dev.modelops.evaluate.FairnessComparison;
import dev.modelops.render.Formats;
import dev.modelops.render.XmlText;
import java.util.ArrayList;
import java.util.List;

/**
 * One fairness comparison as bars: a bar per group of a protected attribute, from the highest value to the
 * lowest (the order of {@link FairnessComparison}), against the band its screen allows. For the selection rate
 * the band runs from four-fifths of the reference group's rate (the highest of the groups compared) up to it;
 * for true and false positive rates from the highest rate less the allowed difference up to it. A group below
 * the band is a red bar and says "below"; a group too small to be compared is a hollow grey bar and says how
 * many examples it has; the reference group says so. Bars start at 0, so their lengths compare.
 */
public final class FairnessChart {

    static final double WIDTH = 680;
    static final double ROW = 28;
    static final double BAR = 14;
    static final double VALUE_COLUMN_MAX = 250;

    private static final double LEFT = 10;
    private static final double FONT = 12;
    private static final double SMALL = 11;
    private static final double LABEL_LINE = 14;

    private FairnessChart() {
    }

    /** What the chart found, for its caption: the reference group and the groups below the band. */
    public record Reading(Chart chart, String reference, List<String> below, List<String> notCompared) {
        public Reading {
            below = List.copyOf(below);
            notCompared = List.copyOf(notCompared);
        }
    }

    public static Reading of(FairnessComparison comparison, FairnessScreen screen) {
        String attribute = XmlText.clean(comparison.attribute());
        String metric = XmlText.clean(comparison.metric());
        List<FairnessComparison.Group> groups = comparison.groups();
        List<FairnessComparison.Group> compared = comparison.comparedGroups(screen.minGroupSize());
        FairnessComparison.Group reference = compared.isEmpty() ? null : compared.get(0);
        boolean banded = reference != null && Double.isFinite(reference.value())
                && (screen.kind() == FairnessScreen.Kind.DIFFERENCE || reference.value() > 0);

        double labelWidth = 40;
        double high = 0;
        for (FairnessComparison.Group group : groups) {
            labelWidth = Math.max(labelWidth, TextWidth.of(label(group), FONT, false));
            if (Double.isFinite(group.value())) {
                high = Math.max(high, group.value());
            }
        }
        labelWidth = Math.min(180, labelWidth);
        double valueColumn = valueColumn(groups, screen, reference, banded);
        double plotLeft = LEFT + labelWidth + 14;
        double plotRight = WIDTH - valueColumn - 16;
        double low = banded ? Math.min(0, screen.line(reference.value())) : 0;
        LinearScale scale = LinearScale.covering(low, high == 0 ? 1 : high * 1.02, plotLeft, plotRight, 5, true);

        List<LabelLines.Wanted> wanted = new ArrayList<>();
        String lineName = screen.kind() == FairnessScreen.Kind.RATIO
                ? screen.ratioName() + " of reference" : "highest \u2212 " + screen.boundText();
        double line = banded ? screen.line(reference.value()) : Double.NaN;
        if (banded) {
            wanted.add(new LabelLines.Wanted(lineName + ": " + Formats.number(line), scale.at(line)));
            wanted.add(new LabelLines.Wanted((screen.kind() == FairnessScreen.Kind.RATIO ? "reference" : "highest")
                    + ": " + Formats.number(reference.value()), scale.at(reference.value())));
        }
        List<LabelLines.Placed> labels = LabelLines.place(wanted, plotLeft - 20, WIDTH - 4, SMALL);
        double top = 10 + LabelLines.lines(labels) * LABEL_LINE + (labels.isEmpty() ? 0 : 4);
        double bottom = top + groups.size() * ROW;

        Svg.LayerBuilder back = new Svg.LayerBuilder();
        Svg.LayerBuilder front = new Svg.LayerBuilder();
        Legend legend = new Legend();
        if (banded) {
            double from = scale.at(Math.max(scale.min(), line));
            back.rect(from, top, scale.at(reference.value()) - from, bottom - top, Palette.PASS_BAND);
            legend.add(Legend.Mark.BAND, screen.kind() == FairnessScreen.Kind.RATIO
                    ? "within " + screen.ratioName() + " of the reference" : "within " + screen.boundText() + " of the highest");
        }
        for (LinearScale.Tick tick : scale.ticks()) {
            back.line(tick.position(), top, tick.position(), bottom, Palette.GRID, 1);
            back.text(tick.position(), bottom + 16, tick.label(), "middle", SMALL, false, Palette.MUTED);
        }
        back.line(plotLeft, top, plotLeft, bottom, Palette.AXIS, 1);
        back.line(plotLeft, bottom, plotRight, bottom, Palette.AXIS, 1);

        List<String> below = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        double y = top;
        double valueX = WIDTH - valueColumn;
        for (FairnessComparison.Group group : groups) {
            double centre = y + ROW / 2;
            String name = label(group);
            front.text(LEFT + labelWidth, centre + 4, TextWidth.fit(name, FONT, false, labelWidth), "end", FONT, false,
                    Palette.INK);
            boolean isCompared = group.comparedAt(screen.minGroupSize());
            boolean isReference = group == reference;
            boolean fails = banded && isCompared && Double.isFinite(group.value())
                    && screen.fails(group.value(), reference.value());
            String value = Formats.number(group.value());
            if (Double.isFinite(group.value())) {
                double end = scale.at(group.value());
                if (!isCompared) {
                    front.outlinedRect(plotLeft, centre - BAR / 2, end - plotLeft, BAR, Palette.WHITE,
                            Palette.NOT_COMPARED);
                    legend.add(Legend.Mark.NOT_COMPARED, "fewer than " + screen.minGroupSize() + " examples: not compared");
                } else {
                    front.rect(plotLeft, centre - BAR / 2, end - plotLeft, BAR, fails ? Palette.FAIL : Palette.BAR);
                    legend.add(fails ? Legend.Mark.BELOW : Legend.Mark.BAR, fails ? "below the band" : "compared");
                }
            }
            front.text(valueX, centre + 4, value, "start", FONT, true, Palette.INK);
            double x = valueX + TextWidth.of(value, FONT, true) + 8;
            String measure = banded && isCompared && !isReference && Double.isFinite(group.value())
                    ? measureText(screen, group.value(), reference.value()) : "";
            if (!measure.isEmpty()) {
                front.text(x, centre + 4, measure, "start", SMALL, false, Palette.MUTED);
                x += TextWidth.of(measure, SMALL, false) + 8;
            }
            String status = status(group, screen, reference, banded);
            String colour = fails ? Palette.FAIL : Palette.MUTED;
            if (!isCompared) {
                notCompared.add(name + " (" + Formats.count(group.count(), "example", "examples") + ")");
            } else if (fails) {
                below.add(name);
            }
            if (!status.isEmpty()) {
                front.text(x, centre + 4, TextWidth.fit(status, SMALL, fails, WIDTH - x - 2), "start", SMALL, fails,
                        colour);
            }
            description.append(description.length() == 0 ? "" : "; ").append(name).append(' ').append(value)
                    .append(measure.isEmpty() ? "" : " (" + measure + ")").append(status.isEmpty() ? "" : ", " + status);
            y += ROW;
        }
        if (banded) {
            double lineX = scale.at(line);
            front.dashed(lineX, top - 2, lineX, bottom, Palette.INK, 1.5);
            double referenceX = scale.at(reference.value());
            front.line(referenceX, top - 2, referenceX, bottom, Palette.MUTED, 1.5);
            legend.add(Legend.Mark.THRESHOLD, lineName);
            legend.add(Legend.Mark.REFERENCE, screen.kind() == FairnessScreen.Kind.RATIO ? "reference" : "highest");
        }
        for (LabelLines.Placed label : labels) {
            front.text(label.centre(), 10 + label.line() * LABEL_LINE + 9, label.text(), "middle", SMALL, true,
                    Palette.INK);
        }
        Svg.LayerBuilder key = new Svg.LayerBuilder();
        double height = legend.draw(key, LEFT, bottom + 30, WIDTH - LEFT, "") + 6;

        String dataset = comparison.dataset().isEmpty() ? "" : " on " + XmlText.clean(comparison.dataset());
        String title = metric + " by " + attribute + dataset;
        String summary = title + ": " + description
                + (banded ? ". The band starts at " + lineName + ", " + Formats.number(line) + "." : ".");
        Chart chart = Chart.of(WIDTH, height, title, summary, List.of(back.build(), front.build(), key.build()));
        return new Reading(chart, reference == null ? "" : label(reference), below, notCompared);
    }

    /** What a group's row says after its value: reference, below, not compared, or nothing. */
    private static String status(FairnessComparison.Group group, FairnessScreen screen,
            FairnessComparison.Group reference, boolean banded) {
        if (!group.comparedAt(screen.minGroupSize())) {
            return "not compared: " + Formats.count(group.count(), "example", "examples");
        }
        if (!Double.isFinite(group.value())) {
            return "not plotted";
        }
        if (group == reference && banded) {
            return screen.kind() == FairnessScreen.Kind.RATIO ? "reference" : "highest";
        }
        return banded && screen.fails(group.value(), reference.value()) ? "below" : "";
    }

    /** The room the value, measure and status texts of the rows take, within limits. */
    private static double valueColumn(List<FairnessComparison.Group> groups, FairnessScreen screen,
            FairnessComparison.Group reference, boolean banded) {
        double widest = 0;
        for (FairnessComparison.Group group : groups) {
            double width = TextWidth.of(Formats.number(group.value()), FONT, true) + 8;
            if (banded && group != reference && group.comparedAt(screen.minGroupSize())
                    && Double.isFinite(group.value())) {
                width += TextWidth.of(measureText(screen, group.value(), reference.value()), SMALL, false) + 8;
            }
            String status = status(group, screen, reference, banded);
            width += TextWidth.of(status, SMALL, "below".equals(status));
            widest = Math.max(widest, width);
        }
        return Math.max(120, Math.min(VALUE_COLUMN_MAX, widest + 12));
    }

    private static String measureText(FairnessScreen screen, double value, double reference) {
        String measure = screen.measure(value, reference);
        if (measure.isEmpty()) {
            return "";
        }
        return screen.kind() == FairnessScreen.Kind.RATIO ? "ratio " + measure : "gap " + measure;
    }

    private static String label(FairnessComparison.Group group) {
        return XmlText.clean(group.group());
    }
}
