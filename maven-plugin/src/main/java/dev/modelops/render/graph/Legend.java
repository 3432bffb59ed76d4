package dev.modelops.render.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The legend above the lineage graph: one entry per kind of box the graph shows, in the order of
 * {@link NodeKind}, each a small copy of the kind's outline and what it means, in rows no wider than the graph.
 * {@code width} is that of its widest row, {@code bottom} where the graph below it starts.
 */
record Legend(List<LineageGraph.LegendEntry> entries, double width, double bottom) {

    static final double TEXT_SIZE = 11;
    private static final String TEXT_COLOUR = "#1f2328";
    private static final double SWATCH_WIDTH = 30;
    private static final double SWATCH_HEIGHT = 20;
    private static final double SWATCH_TO_TEXT = 6;
    private static final double BASELINE = 14;
    private static final double BETWEEN_ENTRIES = 18;
    private static final double ROW = 28;
    /** Room between the legend and the graph, which has its own padding too. */
    private static final double BELOW = 6;

    Legend {
        entries = List.copyOf(entries);
    }

    /** The legend for {@code kinds}, its top left corner at ({@code margin}, {@code margin}). */
    static Legend of(Set<NodeKind> kinds, double margin, double maxWidth) {
        List<LineageGraph.LegendEntry> entries = new ArrayList<>();
        double x = margin;
        double y = margin;
        double widest = 0;
        for (NodeKind kind : kinds) {
            double entryWidth = SWATCH_WIDTH + SWATCH_TO_TEXT + TextFit.width(kind.legend(), TEXT_SIZE, false);
            if (x > margin && x - margin + entryWidth > maxWidth) {
                x = margin;
                y += ROW;
            }
            NodeShape swatch = NodeShape.of(kind, x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
            LineageGraph.Text text = new LineageGraph.Text(SvgNumber.of(x + SWATCH_WIDTH + SWATCH_TO_TEXT),
                    SvgNumber.of(y + BASELINE), kind.legend(), SvgNumber.of(TEXT_SIZE), "normal", TEXT_COLOUR);
            entries.add(new LineageGraph.LegendEntry(swatch.outline(), swatch.accent(), kind.fill(), kind.stroke(),
                    NodeShape.accentColour(kind), swatch.strokeWidth(), swatch.dash(), text));
            widest = Math.max(widest, x - margin + entryWidth);
            x += entryWidth + BETWEEN_ENTRIES;
        }
        return new Legend(entries, Math.ceil(widest), y + SWATCH_HEIGHT + BELOW);
    }
}
