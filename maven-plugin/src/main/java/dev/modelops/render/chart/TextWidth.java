package dev.modelops.render.chart;

/**
 * How wide a label will be in DejaVu Sans, the charts' font, estimated from its characters' advance widths (in
 * em, rounded up from the font's metrics), so that a chart can leave room for its labels and shorten one that
 * would not fit. Other sans-serif fonts a browser may substitute are narrower, so the estimate errs on the wide
 * side: labels may have spare room, never overlap.
 */
final class TextWidth {

    private static final String ELLIPSIS = "\u2026";

    private TextWidth() {
    }

    /** The width in pixels of {@code text} at {@code fontSize} pixels; {@code bold} is about a tenth wider. */
    static double of(String text, double fontSize, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return em * fontSize * (bold ? 1.1 : 1.0);
    }

    /** {@code text}, cut and ended with an ellipsis when it is wider than {@code maxWidth} pixels. */
    static String fit(String text, double fontSize, boolean bold, double maxWidth) {
        if (of(text, fontSize, bold) <= maxWidth) {
            return text;
        }
        double room = maxWidth - of(ELLIPSIS, fontSize, bold);
        StringBuilder kept = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                double width = (advance(c) + advance(text.charAt(i + 1))) * fontSize * (bold ? 1.1 : 1.0);
                if (used + width > room) {
                    break;
                }
                kept.append(c).append(text.charAt(++i));
                used += width;
                continue;
            }
            double width = advance(c) * fontSize * (bold ? 1.1 : 1.0);
            if (used + width > room) {
                break;
            }
            kept.append(c);
            used += width;
        }
        return kept.toString().stripTrailing() + ELLIPSIS;
    }

    /** DejaVu Sans advance widths in em, by character class. */
    private static double advance(char c) {
        if (c >= '0' && c <= '9') {
            return 0.64;
        }
        if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '|' || c == '!') {
            return 0.32;
        }
        if (c == 'i' || c == 'j' || c == 'l' || c == 'I') {
            return 0.3;
        }
        if (c == 'f' || c == 't' || c == 'r' || c == '(' || c == ')' || c == '[' || c == ']' || c == '-') {
            return 0.42;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '%') {
            return 0.98;
        }
        if (c >= 'A' && c <= 'Z') {
            return 0.72;
        }
        if (c == '=' || c == '+' || c == '<' || c == '>' || c == '\u2265' || c == '\u2264' || c == '~') {
            return 0.84;
        }
        if (c == '_') {
            return 0.5;
        }
        if (c >= 'a' && c <= 'z') {
            return 0.62;
        }
        // Anything else (accents, other scripts, symbols): as wide as a wide letter, so it is never cut short.
        return 0.8;
    }
}
