package dev.modelops.render.html;

import dev.modelops.render.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the prose of imported documentation into blocks the card shows as text: headings, paragraphs, bullet and
 * numbered lists, code blocks, tables and quotes. This is deliberately not a Markdown renderer: nothing is ever
 * passed to the page as markup. An HTML tag written in the Markdown stays a visible text ({@code <b>} reads
 * {@code <b>}), inline emphasis is shown as its plain text, a link as {@code text (url)} and an image as
 * {@code image: alt (url)}; the template writes every text with {@code th:text}, escaped. What the converter
 * does not understand is kept as written in a paragraph, so nothing the team wrote is lost.
 *
 * <p>Every regular expression here is linear in its input (negated classes, no nested quantifiers over the
 * same characters), so a hostile document cannot make rendering slow; the blocks depend on the text only.
 */
public final class MarkdownBlocks {

    public static final String PARAGRAPH = "p";
    public static final String BULLETS = "ul";
    public static final String NUMBERS = "ol";
    public static final String CODE = "pre";
    public static final String TABLE = "table";
    public static final String QUOTE = "quote";
    public static final String RULE = "hr";
    /** Headings are {@code h4} to {@code h6}: one to three levels under the section's own {@code h3}. */
    public static final int SECTION_LEVEL = 3;
    private static final int DEEPEST_HEADING = 6;
    private static final int DEEPEST_LIST = 3;

    /**
     * One block of text. {@code kind} is one of the constants of this class or {@code h4}, {@code h5},
     * {@code h6}; {@code text} is the text of a heading, paragraph or code block, and the caption of a table;
     * {@code start} the first number of a numbered list ("" otherwise); {@code items} the items of a list or the
     * paragraphs of a quote; {@code header} and {@code rows} the cells of a table, every row as wide as the
     * widest.
     */
    public record Block(String kind, String text, String start, List<Item> items, List<String> header,
            List<List<String>> rows) {

        public Block {
            items = List.copyOf(items);
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        static Block text(String kind, String text) {
            return new Block(kind, text, "", List.of(), List.of(), List.of());
        }
    }

    /** An item of a list; {@code cssClass} says how deep it is nested ({@code depth-0} to {@code depth-3}). */
    public record Item(String text, String cssClass) {
    }

    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \t]+(.*))?$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}(?:(?:\\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$");
    private static final Pattern SETEXT_1 = Pattern.compile("^ {0,3}=+[ \t]*$");
    private static final Pattern SETEXT_2 = Pattern.compile("^ {0,3}-+[ \t]*$");
    private static final Pattern QUOTE_LINE = Pattern.compile("^ {0,3}> ?(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^( *)([-*+]|\\d{1,9}[.)])(?:[ \t]+(.*)|[ \t]*)$");
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");
    private static final Pattern BLANK_PARAGRAPHS = Pattern.compile("\n[ \t]*\n");

    // No attempt of these scans past the next bracket, parenthesis or angle bracket, so a text full of unclosed
    // ones stays linear; a link whose text or address holds one of them is shown as written.
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[([^\\[\\]\n]{0,500})\\]\\( ?<?([^()\\[\\]<>\\s]{0,2000})>?(?: \"[^\"()\\[\\]\n]{0,500}\")? ?\\)");
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\[\\]\n]{0,500})\\]\\( ?<?([^()\\[\\]<>\\s]{0,2000})>?(?: \"[^\"()\\[\\]\n]{0,500}\")? ?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^<>\\s]{1,2000})>");
    private static final Pattern BOLD_STARS = Pattern.compile("\\*\\*(?=[^\\s*])([^*\n]*?[^\\s*])?\\*\\*");
    private static final Pattern ITALIC_STAR = Pattern.compile("(?<!\\*)\\*(?=[^\\s*])([^*\n]*?[^\\s*])?\\*(?!\\*)");
    private static final Pattern BOLD_UNDERSCORES =
            Pattern.compile("(?<![\\p{L}\\p{N}_])__(?=[^\\s_])([^_\n]*?[^\\s_])?__(?![\\p{L}\\p{N}_])");
    private static final Pattern ITALIC_UNDERSCORE =
            Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=[^\\s_])([^_\n]*?[^\\s_])?_(?![\\p{L}\\p{N}_])");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
    /**
     * ASCII punctuation that a backslash or a code span protects is moved here (U+E021 to U+E07E, private use)
     * while the inline rules run; a text that itself holds one of these characters gets its punctuation instead.
     */
    private static final char PROTECTED = '\uE000';

    private MarkdownBlocks() {
    }

    /** The blocks of a Markdown text, headings numbered from {@code h4} under the section's {@code h3}. */
    public static List<Block> markdown(String markdown) {
        String[] lines = XmlText.clean(markdown).replace("\t", "    ").split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<Integer> headingLevels = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher matcher;
            if (line.isBlank()) {
                i++;
            } else if ((matcher = FENCE.matcher(line)).matches() && !(matcher.group(2).charAt(0) == '`'
                    && matcher.group(3).indexOf('`') >= 0)) {
                i = fencedCode(lines, i, matcher, blocks);
            } else if (line.startsWith("    ")) {
                i = indentedCode(lines, i, blocks);
            } else if ((matcher = ATX_HEADING.matcher(line)).matches()) {
                String text = matcher.group(2) == null ? "" : withoutClosingHashes(matcher.group(2));
                headingLevels.add(matcher.group(1).length());
                blocks.add(Block.text("h", inline(text)));
                i++;
            } else if (THEMATIC_BREAK.matcher(line).matches()) {
                blocks.add(Block.text(RULE, ""));
                i++;
            } else if (QUOTE_LINE.matcher(line).matches()) {
                i = quote(lines, i, blocks);
            } else if (startsTable(lines, i)) {
                i = table(lines, i, blocks);
            } else if (LIST_ITEM.matcher(line).matches()) {
                i = list(lines, i, blocks);
            } else {
                i = paragraph(lines, i, blocks, headingLevels);
            }
        }
        return numberHeadings(blocks, headingLevels);
    }

    /** The paragraphs of a plain text, split on blank lines; line breaks inside a paragraph are kept. */
    public static List<Block> plain(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : BLANK_PARAGRAPHS.split(XmlText.clean(text).strip())) {
            String kept = paragraph.strip();
            if (!kept.isEmpty()) {
                blocks.add(Block.text(PARAGRAPH, kept));
            }
        }
        return blocks;
    }

    // -------------------------------------------------------------------------------------------- blocks

    private static int fencedCode(String[] lines, int start, Matcher fence, List<Block> blocks) {
        int indent = fence.group(1).length();
        String marker = fence.group(2);
        Pattern closing = Pattern.compile("^ {0,3}" + Pattern.quote(String.valueOf(marker.charAt(0)))
                + "{" + marker.length() + ",}[ \t]*$");
        List<String> code = new ArrayList<>();
        int i = start + 1;
        while (i < lines.length && !closing.matcher(lines[i]).matches()) {
            code.add(removeIndent(lines[i], indent));
            i++;
        }
        blocks.add(Block.text(CODE, String.join("\n", code)));
        return Math.min(i + 1, lines.length);
    }

    private static int indentedCode(String[] lines, int start, List<Block> blocks) {
        List<String> code = new ArrayList<>();
        int i = start;
        while (i < lines.length && (lines[i].startsWith("    ") || lines[i].isBlank())) {
            code.add(removeIndent(lines[i], 4));
            i++;
        }
        while (!code.isEmpty() && code.get(code.size() - 1).isBlank()) {
            code.remove(code.size() - 1);
        }
        blocks.add(Block.text(CODE, String.join("\n", code)));
        return i;
    }

    private static int quote(String[] lines, int start, List<Block> blocks) {
        List<Item> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int i = start;
        Matcher matcher;
        while (i < lines.length && (matcher = QUOTE_LINE.matcher(lines[i])).matches()) {
            String text = matcher.group(1);
            if (text.isBlank()) {
                addParagraph(paragraphs, paragraph);
            } else {
                appendLine(paragraph, text);
            }
            i++;
        }
        addParagraph(paragraphs, paragraph);
        blocks.add(new Block(QUOTE, "", "", paragraphs, List.of(), List.of()));
        return i;
    }

    private static void addParagraph(List<Item> paragraphs, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(new Item(inline(paragraph.toString()), ""));
            paragraph.setLength(0);
        }
    }

    private static boolean startsTable(String[] lines, int i) {
        if (lines[i].indexOf('|') < 0 || i + 1 >= lines.length) {
            return false;
        }
        int delimiters = delimiterCells(lines[i + 1]);
        return delimiters > 0 && delimiters == cells(lines[i]).size();
    }

    /**
     * How many cells a delimiter row such as {@code |---|:--:|} has (dashes with optional colons), or -1 when the
     * line is none; a table's header row has as many cells.
     */
    private static int delimiterCells(String line) {
        String row = line.strip();
        if (row.indexOf('-') < 0) {
            return -1;
        }
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|")) {
            row = row.substring(0, row.length() - 1);
        }
        String[] cells = row.split("\\|", -1);
        for (String cell : cells) {
            if (!DELIMITER_CELL.matcher(cell.strip()).matches()) {
                return -1;
            }
        }
        return cells.length;
    }

    /** The text of an ATX heading without its optional closing {@code #}s. */
    private static String withoutClosingHashes(String heading) {
        String text = heading.strip();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end == 0) {
            return "";
        }
        if (end < text.length() && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            return text.substring(0, end).strip();
        }
        return text;
    }

    private static int table(String[] lines, int start, List<Block> blocks) {
        List<String> header = cells(lines[start]);
        List<List<String>> rows = new ArrayList<>();
        int i = start + 2;
        while (i < lines.length && !lines[i].isBlank() && lines[i].indexOf('|') >= 0) {
            rows.add(cells(lines[i]));
            i++;
        }
        int width = header.size();
        for (List<String> row : rows) {
            width = Math.max(width, row.size());
        }
        List<List<String>> padded = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            padded.add(pad(row, width));
        }
        int number = 1 + (int) blocks.stream().filter(b -> TABLE.equals(b.kind())).count();
        String caption = "Table " + number + " of this section, as written"
                + (rows.isEmpty() ? " (a header without rows)." : ".");
        blocks.add(new Block(TABLE, caption, "", List.of(), pad(header, width), padded));
        return i;
    }

    /** The cells of a table row: split on every {@code |} not escaped with a backslash, outer pipes dropped. */
    private static List<String> cells(String line) {
        String row = line.strip();
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|") && !row.endsWith("\\|")) {
            row = row.substring(0, row.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                cell.append("\\|");
                i++;
            } else if (c == '|') {
                cells.add(inline(cell.toString().strip()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(inline(cell.toString().strip()));
        return cells;
    }

    private static List<String> pad(List<String> cells, int width) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < width) {
            padded.add("");
        }
        return padded;
    }

    /**
     * A list: its items in order, each with the lines that continue it; nested items are items of the same list,
     * marked with their depth. A list ends at a blank line not followed by more of it, at a line that is not
     * part of an item, or where a bullet list turns into a numbered one (or back) at its own level.
     */
    private static int list(String[] lines, int start, List<Block> blocks) {
        Matcher first = LIST_ITEM.matcher(lines[start]);
        first.matches();
        int baseIndent = first.group(1).length();
        boolean numbered = Character.isDigit(first.group(2).charAt(0));
        String startNumber = numbered ? String.valueOf(Integer.parseInt(
                first.group(2).substring(0, first.group(2).length() - 1))) : "";
        List<Integer> indents = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        StringBuilder current = null;
        int i = start;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                int next = i + 1;
                while (next < lines.length && lines[next].isBlank()) {
                    next++;
                }
                if (next < lines.length && continuesList(lines[next], baseIndent, numbered)) {
                    i = next;
                    continue;
                }
                break;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches() && !THEMATIC_BREAK.matcher(line).matches()) {
                int indent = item.group(1).length();
                if (indent < baseIndent) {
                    break;
                }
                boolean itemNumbered = Character.isDigit(item.group(2).charAt(0));
                while (!indents.isEmpty() && indents.get(indents.size() - 1) > indent) {
                    indents.remove(indents.size() - 1);
                }
                if (indents.isEmpty() || indents.get(indents.size() - 1) < indent) {
                    indents.add(indent);
                }
                if (indents.size() == 1 && itemNumbered != numbered) {
                    break;
                }
                if (current != null) {
                    texts.add(current.toString());
                }
                current = new StringBuilder(item.group(3) == null ? "" : item.group(3).strip());
                depths.add(Math.min(indents.size() - 1, DEEPEST_LIST));
            } else if (leadingSpaces(line) > baseIndent || !interrupts(lines, i)) {
                appendLine(current, line.strip());
            } else {
                break;
            }
            i++;
        }
        if (current != null) {
            texts.add(current.toString());
        }
        List<Item> items = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            items.add(new Item(inline(texts.get(k)), "depth-" + depths.get(k)));
        }
        blocks.add(new Block(numbered ? NUMBERS : BULLETS, "", startNumber, items, List.of(), List.of()));
        return i;
    }

    private static boolean continuesList(String line, int baseIndent, boolean numbered) {
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches() && !THEMATIC_BREAK.matcher(line).matches()) {
            int indent = item.group(1).length();
            return indent > baseIndent
                    || indent == baseIndent && Character.isDigit(item.group(2).charAt(0)) == numbered;
        }
        return leadingSpaces(line) > baseIndent;
    }

    private static int paragraph(String[] lines, int start, List<Block> blocks, List<Integer> headingLevels) {
        StringBuilder text = new StringBuilder();
        appendLine(text, lines[start]);
        int i = start + 1;
        while (i < lines.length && !lines[i].isBlank()) {
            String line = lines[i];
            if (SETEXT_1.matcher(line).matches() || SETEXT_2.matcher(line).matches()) {
                headingLevels.add(line.strip().charAt(0) == '=' ? 1 : 2);
                blocks.add(Block.text("h", inline(text.toString())));
                return i + 1;
            }
            if (interrupts(lines, i)) {
                break;
            }
            appendLine(text, line);
            i++;
        }
        blocks.add(Block.text(PARAGRAPH, inline(text.toString())));
        return i;
    }

    /** Whether line {@code i} starts a block of its own rather than continuing a paragraph. */
    private static boolean interrupts(String[] lines, int i) {
        String line = lines[i];
        Matcher item = LIST_ITEM.matcher(line);
        boolean listItem = item.matches() && item.group(3) != null && leadingSpaces(line) < 4
                && (!Character.isDigit(item.group(2).charAt(0)) || item.group(2).startsWith("1"));
        return listItem || FENCE.matcher(line).matches() || ATX_HEADING.matcher(line).matches()
                || THEMATIC_BREAK.matcher(line).matches() || QUOTE_LINE.matcher(line).matches()
                || startsTable(lines, i);
    }

    /**
     * Appends a line of a paragraph: a soft line break becomes a space, a hard one (two trailing spaces or a
     * backslash) stays a line break.
     */
    private static void appendLine(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            int last = text.length() - 1;
            if (text.charAt(last) == '\\') {
                text.setLength(last);
                text.setLength(text.length() - countTrailingSpaces(text));
                text.append('\n');
            } else if (text.length() >= 2 && text.charAt(last) == ' ' && text.charAt(last - 1) == ' ') {
                text.setLength(text.length() - countTrailingSpaces(text));
                text.append('\n');
            } else {
                text.setLength(text.length() - countTrailingSpaces(text));
                text.append(' ');
            }
        }
        text.append(line.stripLeading());
    }

    private static int countTrailingSpaces(StringBuilder text) {
        int count = 0;
        while (count < text.length() && text.charAt(text.length() - 1 - count) == ' ') {
            count++;
        }
        return count;
    }

    /**
     * Numbers the headings from {@code h4}: the highest level the text uses becomes {@code h4}, and a heading is
     * never more than one level below the one before it, so that the page's outline has no gaps.
     */
    private static List<Block> numberHeadings(List<Block> blocks, List<Integer> levels) {
        int highest = levels.stream().mapToInt(Integer::intValue).min().orElse(1);
        List<Block> numbered = new ArrayList<>(blocks.size());
        int previous = SECTION_LEVEL;
        int heading = 0;
        for (Block block : blocks) {
            if ("h".equals(block.kind())) {
                int level = Math.min(DEEPEST_HEADING,
                        Math.min(SECTION_LEVEL + 1 + levels.get(heading++) - highest, previous + 1));
                previous = level;
                numbered.add(Block.text("h" + level, block.text()));
            } else {
                numbered.add(block);
            }
        }
        return numbered;
    }

    // -------------------------------------------------------------------------------------------- inline

    /**
     * The plain text of a line of Markdown: code spans and backslash escapes kept as written, images and links
     * spelled out with their address, emphasis markers dropped, character references decoded (the template
     * escapes the result again). HTML tags are not touched, so they read as what they are.
     */
    static String inline(String markdown) {
        String text = protectCodeSpans(markdown.strip());
        text = protectEscapes(text);
        text = replace(IMAGE, text, m -> m.group(1).isBlank() ? "image (" + m.group(2) + ")"
                : "image: " + m.group(1) + " (" + m.group(2) + ")");
        text = replace(LINK, text, m -> m.group(2).isEmpty() || m.group(1).equals(m.group(2)) ? m.group(1)
                : m.group(1).isBlank() ? m.group(2) : m.group(1) + " (" + m.group(2) + ")");
        text = replace(AUTOLINK, text, m -> m.group(1));
        text = replace(ITALIC_STAR, text, MarkdownBlocks::content);
        text = replace(BOLD_STARS, text, MarkdownBlocks::content);
        text = replace(ITALIC_STAR, text, MarkdownBlocks::content);
        text = replace(ITALIC_UNDERSCORE, text, MarkdownBlocks::content);
        text = replace(BOLD_UNDERSCORES, text, MarkdownBlocks::content);
        text = replace(ENTITY, text, MarkdownBlocks::entity);
        return XmlText.clean(restore(text));
    }

    private static String content(Matcher matcher) {
        return matcher.group(1) == null ? matcher.group() : matcher.group(1);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    /** Code spans lose their backticks; their punctuation is protected from the inline rules. */
    private static String protectCodeSpans(String text) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '`') {
                out.append(c);
                i++;
                continue;
            }
            int run = runLength(text, i);
            int close = closingRun(text, i + run, run);
            if (close < 0) {
                out.append(text, i, i + run);
                i += run;
                continue;
            }
            String code = text.substring(i + run, close);
            if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
                code = code.substring(1, code.length() - 1);
            }
            for (int k = 0; k < code.length(); k++) {
                out.append(protect(code.charAt(k)));
            }
            i = close + run;
        }
        return out.toString();
    }

    private static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    private static int closingRun(String text, int from, int length) {
        int i = text.indexOf('`', from);
        while (i >= 0) {
            int run = runLength(text, i);
            if (run == length) {
                return i;
            }
            i = text.indexOf('`', i + run);
        }
        return -1;
    }

    private static String protectEscapes(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                out.append(protect(text.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char protect(char c) {
        return isAsciiPunctuation(c) ? (char) (PROTECTED + c) : c;
    }

    private static String restore(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > PROTECTED && c < PROTECTED + 0x80 && isAsciiPunctuation((char) (c - PROTECTED))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append((char) (c - PROTECTED));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '~' && !Character.isLetterOrDigit(c);
    }

    private static String entity(Matcher matcher) {
        String name = matcher.group(1);
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> {
                int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield codePoint > 0 && Character.isValidCodePoint(codePoint)
                        ? new String(Character.toChars(codePoint)) : matcher.group();
            }
        };
    }

    private static int leadingSpaces(String line) {
        int count = 0;
        while (count < line.length() && line.charAt(count) == ' ') {
            count++;
        }
        return count;
    }

    private static String removeIndent(String line, int indent) {
        int remove = Math.min(indent, leadingSpaces(line));
        return line.substring(remove);
    }
}
