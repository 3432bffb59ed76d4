package dev.modelops.render.chart;

import java.util.EnumMap;
import java.util.Map;

/**
 * The key under a chart: one sample of each mark the chart uses, with what it means, in a fixed order, wrapped
 * onto as many lines as the width needs. Only the marks drawn appear, so the key never explains what is not there.
 */
final class Legend {

    private static final double FONT = 11;
    private static final double LINE = 17;
    private static final double SAMPLE = 16;
    private static final double GAP = 18;

    /** The marks a key can explain, in the order it lists them. */
    enum Mark {
        MET, BREACHED, NO_THRESHOLD, OFF_SCALE, NOT_PLOTTED, INTERVAL, BAR, BELOW, NOT_COMPARED, BAND, THRESHOLD,
        REFERENCE
    }

    private final Map<Mark, String> marks = new EnumMap<>(Mark.class);

    void add(Mark mark, String meaning) {
        marks.putIfAbsent(mark, meaning);
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    /**
     * Draws the key from ({@code left}, {@code top}) up to {@code right}; {@code level} ({@code 95%}) is put
     * before "confidence interval" when every interval has it. Returns the y below the key.
     */
    double draw(Svg.LayerBuilder layer, double left, double top, double right, String level) {
        if (marks.isEmpty()) {
            return top;
        }
        double x = left;
        double baseline = top + 4;
        for (Map.Entry<Mark, String> entry : marks.entrySet()) {
            String text = entry.getKey() == Mark.INTERVAL && !level.isEmpty()
                    ? level + " " + entry.getValue() : entry.getValue();
            double width = SAMPLE + 5 + TextWidth.of(text, FONT, false);
            if (x > left && x + width > right) {
                x = left;
                baseline += LINE;
            }
            sample(layer, entry.getKey(), x, baseline - 4);
            layer.text(x + SAMPLE + 5, baseline, text, "start", FONT, false, Palette.MUTED);
            x += width + GAP;
        }
        return baseline + 6;
    }

    private static void sample(Svg.LayerBuilder layer, Mark mark, double x, double y) {
        double centre = x + SAMPLE / 2;
        switch (mark) {
            case MET -> layer.circle(centre, y, 5, Palette.PASS, Palette.WHITE);
            case BREACHED -> layer.diamond(centre, y, 6.5, Palette.FAIL, Palette.WHITE);
            case BELOW -> layer.rect(x, y - 5, SAMPLE, 10, Palette.FAIL);
            case NO_THRESHOLD -> layer.circle(centre, y, 4.5, Palette.WHITE, Palette.MUTED);
            case OFF_SCALE -> layer.arrow(x + SAMPLE, y, 1, 8, Palette.MUTED);
            case NOT_PLOTTED -> layer.line(x + 2, y, x + SAMPLE - 2, y, Palette.AXIS, 1);
            case INTERVAL -> {
                layer.line(x, y, x + SAMPLE, y, Palette.MUTED, 1.5);
                layer.line(x, y - 4, x, y + 4, Palette.MUTED, 1.5);
                layer.line(x + SAMPLE, y - 4, x + SAMPLE, y + 4, Palette.MUTED, 1.5);
            }
            case THRESHOLD -> layer.dashed(centre, y - 7, centre, y + 7, Palette.INK, 1.5);
            case BAR -> layer.rect(x, y - 5, SAMPLE, 10, Palette.BAR);
            case NOT_COMPARED -> layer.outlinedRect(x, y - 5, SAMPLE, 10, Palette.WHITE, Palette.NOT_COMPARED);
            case BAND -> layer.outlinedRect(x, y - 6, SAMPLE, 12, Palette.PASS_BAND, Palette.PASS);
            case REFERENCE -> layer.line(centre, y - 7, centre, y + 7, Palette.MUTED, 1.5);
        }
    }
}
