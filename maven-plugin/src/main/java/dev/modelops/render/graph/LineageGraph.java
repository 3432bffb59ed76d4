package dev.modelops.render.graph;

import java.util.List;

/**
 * The lineage graph of a model card, laid out and ready to draw: the size the picture is shown at and its
 * drawing's own coordinates ({@code viewBox}; the size may be a little smaller, see
 * {@link LineageLayout#CARD_WIDTH}), its accessible title and description, the caption under it, the boxes, the arrows and the legend. Every coordinate is a formatted
 * string ({@link SvgNumber}), every text cleaned for XML; the template only writes them into SVG elements,
 * escaped. {@link #shown()} is false when the lineage has nothing to draw.
 */
public record LineageGraph(
        String width,
        String height,
        String viewBox,
        String title,
        String description,
        String caption,
        List<Node> nodes,
        List<Edge> edges,
        List<LegendEntry> legend) {

    /** No picture: the lineage declares no dataset, job or edge. */
    public static final LineageGraph NONE = new LineageGraph("0", "0", "0 0 0 0", "", "", "", List.of(), List.of(),
            List.of());

    public LineageGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legend = List.copyOf(legend);
    }

    public boolean shown() {
        return !nodes.isEmpty();
    }

    /**
     * A box: the lineage id it stands for, its kind, its place and size, its outline, accent, colours and line
     * style ({@link NodeShape}), its lines of text (tag, name, detail), and the full text of its tooltip.
     */
    public record Node(
            String id,
            NodeKind kind,
            String x,
            String y,
            String width,
            String height,
            String outline,
            String accent,
            String fill,
            String stroke,
            String accentStroke,
            String strokeWidth,
            String dash,
            List<Text> lines,
            String tooltip) {

        public Node {
            lines = List.copyOf(lines);
        }
    }

    /** One line of text, centred on {@code x}, its baseline at {@code y}. */
    public record Text(String x, String y, String text, String fontSize, String fontWeight, String fill) {
    }

    /**
     * An arrow from the box of lineage id {@code from} to that of {@code to}: the line as SVG path data, and its
     * arrow head, a filled triangle whose tip touches the target box.
     */
    public record Edge(String from, String to, String path, String arrowHead) {
    }

    /** A legend entry: a small copy of the kind's outline and what the kind means. */
    public record LegendEntry(String outline, String accent, String fill, String stroke, String accentStroke,
            String strokeWidth, String dash, Text text) {
    }
}
