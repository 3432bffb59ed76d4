package dev.modelops.render.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places labels that belong at given horizontal positions (threshold values above a plot) on as few lines as
 * they need without overlapping: each label is centred on its position, moved inwards when it would leave the
 * chart, and put on the first line where it clears the labels already there.
 */
final class LabelLines {

    private static final double GAP = 8;

    private LabelLines() {
    }

    /** A label to place: its text and the position it names. */
    record Wanted(String text, double x) {
    }

    /** A placed label: the centre of its text, its line (0 is the first), and the position it names. */
    record Placed(String text, double centre, int line, double x) {
    }

    static List<Placed> place(List<Wanted> labels, double minX, double maxX, double fontSize) {
        List<Wanted> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingDouble(Wanted::x).thenComparing(Wanted::text));
        List<Double> lineEnds = new ArrayList<>();
        List<Placed> placed = new ArrayList<>(sorted.size());
        for (Wanted label : sorted) {
            double width = TextWidth.of(label.text(), fontSize, false);
            double centre = Math.max(minX + width / 2, Math.min(maxX - width / 2, label.x()));
            double left = centre - width / 2;
            int line = 0;
            while (line < lineEnds.size() && lineEnds.get(line) + GAP > left) {
                line++;
            }
            if (line == lineEnds.size()) {
                lineEnds.add(centre + width / 2);
            } else {
                lineEnds.set(line, centre + width / 2);
            }
            placed.add(new Placed(label.text(), centre, line, label.x()));
        }
        return placed;
    }

    /** How many lines {@code placed} uses. */
    static int lines(List<Placed> placed) {
        return placed.stream().mapToInt(Placed::line).max().orElse(-1) + 1;
    }
}
