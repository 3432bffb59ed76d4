package dev.modelops.render.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How wide a line of text is, without measuring it: the boxes are sized before any font is at hand (and the PDF
 * renders the SVG with its own font code), so each character counts as a fixed share of the font size. The
 * shares are a little above what DejaVu Sans, the font the graph asks for, takes for mixed-case names and ids
 * (0.48 to 0.54 em regular, 0.55 to 0.60 em bold); the regular share allows for the digits of versions and
 * digests (0.64 em). A line then fits its box, with a little room to spare.
 * Text longer than a box allows is cut and ends with an ellipsis; the full text stays in the node's tooltip.
 */
final class TextFit {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String BREAK_AFTER = "-/_.:";

    /** Width of an average character of DejaVu Sans, in units of the font size. */
    static final double REGULAR_EM = 0.6;
    static final double BOLD_EM = 0.61;
    static final String ELLIPSIS = "\u2026";

    private TextFit() {
    }

    /** The estimated width of {@code text} in pixels, at {@code fontSize} pixels. */
    static double width(String text, double fontSize, boolean bold) {
        return length(text) * fontSize * (bold ? BOLD_EM : REGULAR_EM);
    }

    /**
     * {@code text} with its whitespace runs made single spaces, and when longer than {@code maxCharacters}, cut
     * to fit, after a whole word where possible, with an ellipsis as its last character. Never splits a
     * surrogate pair.
     */
    static String shorten(String text, int maxCharacters) {
        String oneLine = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (length(oneLine) <= maxCharacters) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, maxCharacters - 1);
        // Cut after a whole word when that keeps at least half of the room used.
        int space = oneLine.lastIndexOf(' ', end);
        if (space > 0 && length(oneLine.substring(0, space)) >= maxCharacters / 2) {
            end = space;
        }
        return oneLine.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * {@code text} on one line, and when longer than {@code maxCharacters}, its beginning and its end with an
     * ellipsis between them: for identifiers such as run ids, whose end tells runs apart.
     */
    static String shortenMiddle(String text, int maxCharacters) {
        String oneLine = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        int length = length(oneLine);
        if (length <= maxCharacters) {
            return oneLine;
        }
        int head = (maxCharacters - 1) / 2;
        int tail = maxCharacters - 1 - head;
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, head)) + ELLIPSIS
                + oneLine.substring(oneLine.offsetByCodePoints(0, length - tail));
    }

    /**
     * {@code text} in at most {@code maxLines} lines of at most {@code maxCharacters} each, broken between words
     * or after a hyphen, slash, underscore, dot or colon (a word longer than a line with none of them is broken
     * inside); what does not fit is cut, the last line ending with an ellipsis. Blank text gives no line.
     */
    static List<String> wrap(String text, int maxCharacters, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        while (!rest.isEmpty() && maxLines > 0) {
            if (length(rest) <= maxCharacters) {
                lines.add(rest);
                break;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(shorten(rest, maxCharacters));
                break;
            }
            int end = breakBefore(rest, rest.offsetByCodePoints(0, maxCharacters));
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    /**
     * Where to end a line that may hold the characters before {@code limit}: at the last space, or after the last
     * hyphen, slash, underscore, dot or colon (ids and file names have no spaces) unless that leaves the line less
     * than a third full or splits a number ({@code 1.4.0}, {@code 2026-03-31}), or else at the limit.
     */
    private static int breakBefore(String text, int limit) {
        for (int i = limit; i > 0; i--) {
            if (text.charAt(i) == ' ' || i > limit / 3 && BREAK_AFTER.indexOf(text.charAt(i - 1)) >= 0
                    && !(isDigit(text.charAt(i)) && i > 1 && isDigit(text.charAt(i - 2)))) {
                return i;
            }
        }
        return limit;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
