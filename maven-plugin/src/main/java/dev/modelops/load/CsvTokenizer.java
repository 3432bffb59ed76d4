package dev.modelops.load;

import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180) into rows of fields, remembering the line and column where each field starts so
 * that every message about a cell can point at it. Hand-written rather than delegated to a CSV library because
 * the libraries report positions of the reader, not of the field, and lose them across quoted line breaks.
 *
 * <p>Rules: fields are separated by commas; a field in double quotes may contain commas, line breaks and
 * doubled quotes ({@code ""}); unquoted fields are trimmed, quoted ones are kept exactly; lines end with LF,
 * CRLF or CR; blank lines are skipped. A quote inside an unquoted field is kept as a character.
 */
final class CsvTokenizer {

    /** One cell: its text, whether it was quoted, and where it starts (1-based line and column). */
    record Field(String text, boolean quoted, int line, int column) {
    }

    /** One record: the line it starts on and its fields. */
    record Row(int line, List<Field> fields) {
    }

    private final String text;
    private final String file;
    private int position;
    private int line = 1;
    private int column = 1;

    private CsvTokenizer(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /**
     * The rows of {@code text}, blank lines left out.
     *
     * @throws InvalidInputException when a quoted field is not closed or is followed by stray characters
     */
    static List<Row> rows(String text, String file) {
        return new CsvTokenizer(text, file).readRows();
    }

    private List<Row> readRows() {
        List<Row> rows = new ArrayList<>();
        while (position < text.length()) {
            int rowLine = line;
            List<Field> fields = new ArrayList<>();
            boolean rowEnded = false;
            while (!rowEnded) {
                fields.add(readField());
                if (position >= text.length()) {
                    rowEnded = true;
                } else if (text.charAt(position) == ',') {
                    advance();
                } else {
                    skipLineBreak();
                    rowEnded = true;
                }
            }
            boolean blank = fields.size() == 1 && fields.get(0).text().isEmpty() && !fields.get(0).quoted();
            if (!blank) {
                rows.add(new Row(rowLine, List.copyOf(fields)));
            }
        }
        return rows;
    }

    private Field readField() {
        skipSpaces();
        int startLine = line;
        int startColumn = column;
        if (position < text.length() && text.charAt(position) == '"') {
            return new Field(readQuoted(startLine, startColumn), true, startLine, startColumn);
        }
        int start = position;
        while (position < text.length() && !isFieldEnd(text.charAt(position))) {
            advance();
        }
        return new Field(text.substring(start, position).strip(), false, startLine, startColumn);
    }

    private String readQuoted(int startLine, int startColumn) {
        StringBuilder value = new StringBuilder();
        advance();
        while (true) {
            if (position >= text.length()) {
                throw new InvalidInputException(new InputProblem(new SourceLocation(file, startLine, startColumn, ""),
                        "a quoted field that is never closed", "a closing \" (write a quote inside a quoted field as \"\")"));
            }
            char c = text.charAt(position);
            if (c == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    value.append('"');
                    advance();
                    advance();
                    continue;
                }
                advance();
                break;
            }
            if (c == '\r' || c == '\n') {
                // Kept as \n whatever the file's line ends, so a cell reads the same on every OS.
                value.append('\n');
                skipLineBreak();
                continue;
            }
            value.append(c);
            advance();
        }
        skipSpaces();
        if (position < text.length() && !isFieldEnd(text.charAt(position))) {
            throw new InvalidInputException(new InputProblem(new SourceLocation(file, line, column, ""),
                    "found '" + text.charAt(position) + "' after the closing quote of a field",
                    "a comma or the end of the line (write a quote inside a quoted field as \"\")"));
        }
        return value.toString();
    }

    private static boolean isFieldEnd(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    private void skipSpaces() {
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            advance();
        }
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
        column = 1;
    }

    private void advance() {
        position++;
        column++;
    }
}
