package dev.modelops.render.chart;

/**
 * The colours of the charts, those of the style sheet ({@code modelops.css}). Every mark that carries meaning has
 * at least 3:1 contrast against white (WCAG 1.4.11), every text at least 4.5:1; light fills only shade what a
 * line or a text also says. Pass and fail are never told by colour alone: shapes and words say it too.
 */
final class Palette {

    static final String INK = "#1f2328";
    static final String MUTED = "#57606a";
    static final String AXIS = "#8c959f";
    static final String GRID = "#d8dee4";
    static final String BAND = "#f6f8fa";
    static final String WHITE = "#ffffff";
    static final String PASS = "#116329";
    static final String FAIL = "#a40e26";
    static final String BAR = "#0969da";
    static final String PASS_BAND = "#dafbe1";
    static final String NOT_COMPARED = "#afb8c1";

    private Palette() {
    }
}
