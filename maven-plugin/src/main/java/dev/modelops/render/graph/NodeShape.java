package dev.modelops.render.graph;

/**
 * The outline of each {@link NodeKind}, as SVG path data for a box at (x, y) of the given size: the filled
 * {@code outline}, and an {@code accent} drawn over it without fill (the rim of a cylinder, a folded corner,
 * the end bars of an evaluation, the inner border of the artifact; empty when there is none). The left and
 * right sides of every outline are straight at mid-height, where the arrows start and end.
 */
record NodeShape(String outline, String accent, String strokeWidth, String dash) {

    /** Height of the top ellipse of a cylinder, taken from the box. */
    static final double RIM = 6;
    private static final double FOLD = 10;
    private static final double CORNER = 6;
    /** How far in from each end an evaluation's bars are. */
    static final double BAR_INSET = 7;
    private static final double INNER_BORDER = 3;

    static NodeShape of(NodeKind kind, double x, double y, double width, double height) {
        return switch (kind) {
            case RAW_SOURCE -> cylinder(x, y, width, height);
            case DERIVED_DATASET -> foldedPage(x, y, width, height);
            case JOB -> new NodeShape(roundedBox(x, y, width, height, CORNER), "", "1.2", "none");
            case EVALUATION -> new NodeShape(box(x, y, width, height),
                    "M" + p(x + BAR_INSET, y) + "V" + n(y + height) + "M" + p(x + width - BAR_INSET, y) + "V" + n(y + height),
                    "1.2", "none");
            case MODEL_ARTIFACT -> new NodeShape(roundedBox(x, y, width, height, CORNER),
                    roundedBox(x + INNER_BORDER, y + INNER_BORDER, width - 2 * INNER_BORDER, height - 2 * INNER_BORDER,
                            CORNER - INNER_BORDER),
                    "1.2", "none");
            case NOT_DESCRIBED -> new NodeShape(box(x, y, width, height), "", "1.2", "4 3");
        };
    }

    /** The colour the accent is drawn in: the outline's, but light on the dark artifact. */
    static String accentColour(NodeKind kind) {
        return kind == NodeKind.MODEL_ARTIFACT ? "#afb8c1" : kind.stroke();
    }

    private static NodeShape cylinder(double x, double y, double width, double height) {
        String radii = n(width / 2) + " " + n(RIM) + " 0 0 1 ";
        String outline = "M" + p(x, y + RIM) + "A" + radii + p(x + width, y + RIM) + "V" + n(y + height - RIM)
                + "A" + radii + p(x, y + height - RIM) + "Z";
        String rim = "M" + p(x, y + RIM) + "A" + n(width / 2) + " " + n(RIM) + " 0 0 0 " + p(x + width, y + RIM);
        return new NodeShape(outline, rim, "1.2", "none");
    }

    private static NodeShape foldedPage(double x, double y, double width, double height) {
        String outline = "M" + p(x, y) + "H" + n(x + width - FOLD) + "L" + p(x + width, y + FOLD) + "V" + n(y + height)
                + "H" + n(x) + "Z";
        String fold = "M" + p(x + width - FOLD, y) + "V" + n(y + FOLD) + "H" + n(x + width);
        return new NodeShape(outline, fold, "1.2", "none");
    }

    private static String box(double x, double y, double width, double height) {
        return "M" + p(x, y) + "H" + n(x + width) + "V" + n(y + height) + "H" + n(x) + "Z";
    }

    private static String roundedBox(double x, double y, double width, double height, double radius) {
        String corner = "A" + n(radius) + " " + n(radius) + " 0 0 1 ";
        return "M" + p(x + radius, y) + "H" + n(x + width - radius) + corner + p(x + width, y + radius)
                + "V" + n(y + height - radius) + corner + p(x + width - radius, y + height)
                + "H" + n(x + radius) + corner + p(x, y + height - radius)
                + "V" + n(y + radius) + corner + p(x + radius, y) + "Z";
    }

    private static String p(double x, double y) {
        return n(x) + " " + n(y);
    }

    private static String n(double value) {
        return SvgNumber.of(value);
    }
}
