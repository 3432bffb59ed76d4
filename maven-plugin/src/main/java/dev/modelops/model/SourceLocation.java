package dev.modelops.model;

/**
 * A place in an input file: the file as a path relative to the project base directory (with forward
 * slashes, so reports are the same on every OS), and optionally a 1-based line and column and a JSON pointer.
 * A line or column of 0 means "unknown"; a pointer of "" means the whole document.
 */
public record SourceLocation(String file, int line, int column, String pointer) {

    public SourceLocation {
        file = file == null ? "" : file;
        pointer = pointer == null ? "" : pointer;
    }

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0, "");
    }

    public SourceLocation withPointer(String newPointer, int newLine, int newColumn) {
        return new SourceLocation(file, newLine, newColumn, newPointer);
    }

    /** {@code path/model.yaml:12:5}, {@code path/model.yaml:12} or {@code path/model.yaml}, as compilers print it. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
