package dev.modelops.load.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Markdown into the sections its headings open: ATX headings ({@code ## Uses}, up to three spaces of
 * indentation, closing {@code #}s dropped) and Setext headings (a one-line title underlined with {@code ===} or
 * {@code ---}). Lines inside fenced code blocks are never headings, so the {@code # load the model} comment of a
 * Python example stays in its section. Each section runs to the next heading of any level; text before the first
 * heading, when there is any, is a section with an empty title. Line endings are normalized to {@code \n}; the
 * text is otherwise kept exactly as written, without the blank lines around it. One pass, no regular expression per
 * line: a thousand 10 KB cards split in a few milliseconds.
 */
final class MarkdownSections {

    /**
     * One section: its heading's text and level (0 for the text before the first heading), the line of its heading
     * (1-based, in the whole file), its text and the line the text starts on (the heading's line when it is empty).
     */
    record Section(String title, int level, int line, String text, int textLine) {
    }

    private MarkdownSections() {
    }

    /**
     * The sections of {@code markdown}, whose first line is line {@code firstLine} of its file, in order.
     */
    static List<Section> split(String markdown, int firstLine) {
        List<String> lines = lines(markdown);
        List<Section> sections = new ArrayList<>();
        String title = "";
        int level = 0;
        int headingLine = firstLine;
        int start = 0;
        char fence = 0;
        int fenceLength = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fence != 0) {
                if (closesFence(line, fence, fenceLength)) {
                    fence = 0;
                }
                continue;
            }
            int opening = fenceOpening(line);
            if (opening > 0) {
                fence = line.strip().charAt(0);
                fenceLength = opening;
                continue;
            }
            int atx = atxLevel(line);
            int setext = atx == 0 ? setextLevel(lines, i, start) : 0;
            if (atx == 0 && setext == 0) {
                continue;
            }
            int end = setext > 0 ? i - 1 : i;
            add(sections, title, level, headingLine, lines, start, end, firstLine);
            if (atx > 0) {
                title = atxTitle(line, atx);
                level = atx;
                headingLine = firstLine + i;
            } else {
                title = lines.get(i - 1).strip();
                level = setext;
                headingLine = firstLine + i - 1;
            }
            start = i + 1;
        }
        add(sections, title, level, headingLine, lines, start, lines.size(), firstLine);
        return sections;
    }

    private static void add(List<Section> sections, String title, int level, int headingLine, List<String> lines,
            int start, int end, int firstLine) {
        int from = start;
        while (from < end && lines.get(from).isBlank()) {
            from++;
        }
        int to = end;
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        if (level == 0 && from == to) {
            return;
        }
        String text = String.join("\n", lines.subList(from, to));
        sections.add(new Section(title, level, headingLine, text, from == to ? headingLine : firstLine + from));
    }

    /** The lines of {@code text}, without their {@code \n} or {@code \r\n}. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(from, contentEnd));
            if (newline < 0) {
                break;
            }
            from = newline + 1;
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /** The length of the fence this line opens ({@code ```} or {@code ~~~}, at least three), or 0. */
    private static int fenceOpening(String line) {
        int indent = indentation(line);
        if (indent > 3 || indent >= line.length()) {
            return 0;
        }
        char c = line.charAt(indent);
        if (c != '`' && c != '~') {
            return 0;
        }
        int length = 0;
        while (indent + length < line.length() && line.charAt(indent + length) == c) {
            length++;
        }
        if (length < 3 || (c == '`' && line.indexOf('`', indent + length) >= 0)) {
            return 0;
        }
        return length;
    }

    private static boolean closesFence(String line, char fence, int length) {
        int indent = indentation(line);
        if (indent > 3) {
            return false;
        }
        String rest = line.substring(indent).stripTrailing();
        if (rest.length() < length) {
            return false;
        }
        for (int k = 0; k < rest.length(); k++) {
            if (rest.charAt(k) != fence) {
                return false;
            }
        }
        return true;
    }

    /** 1 to 6 for an ATX heading line, otherwise 0. */
    private static int atxLevel(String line) {
        int indent = indentation(line);
        if (indent > 3) {
            return 0;
        }
        int hashes = 0;
        while (indent + hashes < line.length() && line.charAt(indent + hashes) == '#') {
            hashes++;
        }
        if (hashes == 0 || hashes > 6) {
            return 0;
        }
        int after = indent + hashes;
        if (after < line.length() && line.charAt(after) != ' ' && line.charAt(after) != '\t') {
            return 0;
        }
        return hashes;
    }

    private static String atxTitle(String line, int level) {
        String title = line.strip().substring(level).strip();
        // A closing sequence of #s is dropped when a space precedes it (or it is all there is).
        int end = title.length();
        while (end > 0 && title.charAt(end - 1) == '#') {
            end--;
        }
        if (end == 0) {
            return "";
        }
        if (end < title.length() && (title.charAt(end - 1) == ' ' || title.charAt(end - 1) == '\t')) {
            return title.substring(0, end).strip();
        }
        return title;
    }

    /**
     * 1 for a {@code ===} line, 2 for a {@code ---} line that underlines a one-line paragraph (the line before it
     * is text, and the one before that a blank line, a heading or the start of the section), otherwise 0.
     */
    private static int setextLevel(List<String> lines, int i, int sectionStart) {
        if (i == 0 || i - 1 < sectionStart) {
            return 0;
        }
        String line = lines.get(i);
        int indent = indentation(line);
        if (indent > 3) {
            return 0;
        }
        String rest = line.substring(indent).stripTrailing();
        if (rest.isEmpty() || (rest.charAt(0) != '=' && rest.charAt(0) != '-')) {
            return 0;
        }
        char c = rest.charAt(0);
        for (int k = 0; k < rest.length(); k++) {
            if (rest.charAt(k) != c) {
                return 0;
            }
        }
        String previous = lines.get(i - 1);
        if (previous.isBlank() || indentation(previous) > 3 || !plainText(previous)) {
            return 0;
        }
        if (i - 2 >= sectionStart && !lines.get(i - 2).isBlank()) {
            return 0;
        }
        return c == '=' ? 1 : 2;
    }

    /** A line that can be a Setext heading's title: not a list item, quote, table row, fence or HTML block. */
    private static boolean plainText(String line) {
        String text = line.strip();
        char first = text.charAt(0);
        if (first == '>' || first == '|' || first == '<' || first == '`' || first == '~' || first == '#') {
            return false;
        }
        if ((first == '-' || first == '*' || first == '+') && (text.length() == 1 || text.charAt(1) == ' ')) {
            return false;
        }
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        return !(digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')'));
    }
}
