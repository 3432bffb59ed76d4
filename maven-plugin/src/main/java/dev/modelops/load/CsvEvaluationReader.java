package dev.modelops.load;

import dev.modelops.load.CsvTokenizer.Field;
import dev.modelops.load.CsvTokenizer.Row;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import dev.modelops.validate.Suggestions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the native CSV evaluation format: a header row naming the columns, then one metric result per row.
 * {@code metric} and {@code value} are required columns; {@code slice} ({@code feature=value;feature2=value2}),
 * {@code ci_lower}, {@code ci_upper}, {@code ci_level}, {@code threshold_min}, {@code threshold_max},
 * {@code dataset}, {@code date} and {@code count} (the number of examples measured) are optional, in any order.
 * Column names are exact (lower case).
 *
 * <p>A file with only a header holds no results and gives an empty list; an empty file is a problem, since it
 * is more likely a failed export than a deliberate statement. Every problem of the file is reported, each at
 * the line and column of its cell, up to {@link #MAX_PROBLEMS} per file.
 */
public final class CsvEvaluationReader implements EvaluationReader {

    static final int MAX_PROBLEMS = 50;

    private static final String METRIC = "metric";
    private static final String VALUE = "value";
    private static final String SLICE = "slice";
    private static final String CI_LOWER = "ci_lower";
    private static final String CI_UPPER = "ci_upper";
    private static final String CI_LEVEL = "ci_level";
    private static final String THRESHOLD_MIN = "threshold_min";
    private static final String THRESHOLD_MAX = "threshold_max";
    private static final String DATASET = "dataset";
    private static final String DATE = "date";
    private static final String COUNT = "count";

    /** Every column, in the order the README documents them. */
    public static final List<String> COLUMNS = List.of(METRIC, VALUE, SLICE, CI_LOWER, CI_UPPER, CI_LEVEL,
            THRESHOLD_MIN, THRESHOLD_MAX, DATASET, DATE, COUNT);

    /** JSON's number syntax (with an optional leading +): no NaN, Infinity, hex or Java suffixes like 1d. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public String formatDescription() {
        return "CSV evaluation results (*.csv)";
    }

    @Override
    public List<MetricResult> read(SourceFile file) {
        String displayPath = file.displayPath();
        List<Row> rows = CsvTokenizer.rows(file.text(), displayPath);
        if (rows.isEmpty()) {
            throw new InvalidInputException(new InputProblem(SourceLocation.of(displayPath), "the file is empty",
                    "a header row naming the columns (" + String.join(",", COLUMNS) + ") and one row per metric"));
        }
        Problems problems = new Problems(displayPath);
        Map<String, Integer> columns = header(rows.get(0), problems);
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        List<MetricResult> results = new ArrayList<>(rows.size() - 1);
        for (Row row : rows.subList(1, rows.size())) {
            if (problems.isFull()) {
                problems.stoppedEarly();
                break;
            }
            MetricResult result = new RowReader(row, columns, displayPath, problems, rows.get(0)).read();
            if (result != null) {
                results.add(result);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return List.copyOf(results);
    }

    /** Column name to index; unknown, empty, repeated and missing required columns are problems. */
    private static Map<String, Integer> header(Row header, Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        List<Field> fields = header.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String name = field.text();
            SourceLocation where = problems.at(field);
            if (name.isEmpty()) {
                problems.add(where, "an empty column name in the header (column " + (i + 1) + ")",
                        "one of the columns " + String.join(", ", COLUMNS));
            } else if (!COLUMNS.contains(name)) {
                String guess = Suggestions.closest(name, COLUMNS);
                problems.add(where, "an unknown column '" + name + "'" + (guess == null ? "" : " (did you mean '" + guess + "'?)"),
                        "one of the columns " + String.join(", ", COLUMNS));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(where, "the column '" + name + "' a second time", "each column once");
            }
        }
        for (String required : List.of(METRIC, VALUE)) {
            if (!columns.containsKey(required)) {
                problems.add(new SourceLocation(problems.file, header.line(), 0, ""),
                        "no '" + required + "' column in the header",
                        "the columns metric and value, and optionally " + String.join(", ", COLUMNS.subList(2, COLUMNS.size())));
            }
        }
        return columns;
    }

    /** Reads one data row, adding a problem for each bad cell and giving null when there was any. */
    private static final class RowReader {
        private final Row row;
        private final Map<String, Integer> columns;
        private final String file;
        private final Problems problems;
        private final int problemsBefore;
        private final int headerWidth;
        private final int headerLine;

        RowReader(Row row, Map<String, Integer> columns, String file, Problems problems, Row header) {
            this.row = row;
            this.columns = columns;
            this.file = file;
            this.problems = problems;
            this.problemsBefore = problems.size();
            this.headerWidth = header.fields().size();
            this.headerLine = header.line();
        }

        MetricResult read() {
            if (row.fields().size() != headerWidth) {
                problems.add(new SourceLocation(file, row.line(), 0, ""),
                        "found " + row.fields().size() + (row.fields().size() == 1 ? " field" : " fields"),
                        headerWidth + " fields, one per column of the header on line " + headerLine);
                return null;
            }
            String metric = text(METRIC);
            if (metric == null) {
                problems.add(location(METRIC), "found nothing in column metric", "the name of the metric, such as auc");
            }
            Double value = number(VALUE, true);
            TreeMap<String, String> slice = slice();
            Double lower = number(CI_LOWER, false);
            Double upper = number(CI_UPPER, false);
            Double level = number(CI_LEVEL, false);
            ConfidenceInterval interval = interval(lower, upper, level);
            Double min = number(THRESHOLD_MIN, false);
            Double max = number(THRESHOLD_MAX, false);
            Threshold threshold = null;
            if (min != null || max != null) {
                threshold = new Threshold(min, max);
                String wrong = MetricConsistency.thresholdProblem(min, max);
                if (wrong != null) {
                    problems.add(location(THRESHOLD_MIN), "found " + wrong, "threshold_min <= threshold_max");
                }
            }
            String dataset = text(DATASET);
            LocalDate date = date();
            Long count = count();
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new MetricResult(metric, value, slice, interval, threshold, dataset, date,
                    new SourceLocation(file, row.line(), 0, ""), count);
        }

        private ConfidenceInterval interval(Double lower, Double upper, Double level) {
            if (lower == null && upper == null) {
                if (level != null) {
                    problems.add(location(CI_LEVEL), "found a ci_level without ci_lower and ci_upper",
                            "ci_level only together with both bounds");
                }
                return null;
            }
            if (lower == null || upper == null) {
                String given = lower == null ? CI_UPPER : CI_LOWER;
                String missing = lower == null ? CI_LOWER : CI_UPPER;
                problems.add(location(missing), "found nothing in column " + missing + " although " + given + " is set",
                        "both ci_lower and ci_upper, or neither");
                return null;
            }
            if (level != null && !MetricConsistency.isConfidenceLevel(level)) {
                problems.add(location(CI_LEVEL), "found '" + cell(CI_LEVEL).text() + "' in column ci_level",
                        "a fraction between 0 and 1, such as 0.95 for a 95% interval");
            }
            String wrong = MetricConsistency.intervalProblem(lower, upper);
            if (wrong != null) {
                problems.add(location(CI_LOWER), "found " + wrong, "ci_lower <= ci_upper");
            }
            return new ConfidenceInterval(lower, upper, level);
        }

        /** {@code age_band=18-25;region=north}: features are trimmed, and each may appear once. */
        private TreeMap<String, String> slice() {
            TreeMap<String, String> slice = new TreeMap<>();
            String written = text(SLICE);
            if (written == null) {
                return slice;
            }
            for (String part : written.split(";")) {
                String pair = part.strip();
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String feature = equals < 0 ? "" : pair.substring(0, equals).strip();
                String value = equals < 0 ? "" : pair.substring(equals + 1).strip();
                if (feature.isEmpty() || value.isEmpty()) {
                    problems.add(location(SLICE), "found '" + pair + "' in column slice",
                            "feature=value, several joined by ';', such as age_band=18-25;region=north");
                } else if (slice.putIfAbsent(feature, value) != null) {
                    problems.add(location(SLICE), "found the feature '" + feature + "' twice in column slice",
                            "each feature once");
                }
            }
            return slice;
        }

        private Double number(String column, boolean required) {
            String written = text(column);
            if (written == null) {
                if (required) {
                    problems.add(location(column), "found nothing in column " + column, "a number");
                }
                return null;
            }
            if (NUMBER.matcher(written).matches()) {
                double parsed = Double.parseDouble(written);
                if (Double.isFinite(parsed)) {
                    return parsed;
                }
            }
            problems.add(location(column), "found '" + written + "' in column " + column,
                    "a number, such as 0.812 (with a '.' as decimal separator)");
            return null;
        }

        private Long count() {
            String written = text(COUNT);
            if (written == null) {
                return null;
            }
            if (written.matches("[0-9]{1,18}")) {
                return Long.parseLong(written);
            }
            problems.add(location(COUNT), "found '" + written + "' in column count",
                    "a whole number of examples, such as 12840");
            return null;
        }

        private LocalDate date() {
            String written = text(DATE);
            if (written == null) {
                return null;
            }
            if (DATE_SHAPE.matcher(written).matches()) {
                try {
                    return LocalDate.parse(written);
                } catch (DateTimeParseException e) {
                    // Reported below, like a date of the wrong shape.
                }
            }
            problems.add(location(DATE), "found '" + written + "' in column date", "a real calendar date written YYYY-MM-DD");
            return null;
        }

        /** The cell's text, or null when the column is absent or the cell empty. */
        private String text(String column) {
            Field field = cell(column);
            return field == null || field.text().isEmpty() ? null : field.text();
        }

        private Field cell(String column) {
            Integer index = columns.get(column);
            return index == null ? null : row.fields().get(index);
        }

        private SourceLocation location(String column) {
            Field field = cell(column);
            return field == null ? new SourceLocation(file, row.line(), 0, "") : problems.at(field);
        }
    }

    /** The problems of one file, capped so that a wrong export of 100,000 rows does not flood the build log. */
    private static final class Problems {
        private final String file;
        private final List<InputProblem> list = new ArrayList<>();
        private int dropped;
        private boolean truncated;

        Problems(String file) {
            this.file = file;
        }

        SourceLocation at(Field field) {
            return new SourceLocation(file, field.line(), field.column(), "");
        }

        void add(SourceLocation where, String found, String expected) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(new InputProblem(where, found, expected));
            } else {
                dropped++;
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        boolean isFull() {
            return list.size() >= MAX_PROBLEMS;
        }

        void stoppedEarly() {
            truncated = true;
        }

        int size() {
            return list.size() + dropped;
        }

        InvalidInputException exception() {
            List<InputProblem> all = new ArrayList<>(list);
            if (truncated || dropped > 0) {
                all.add(new InputProblem(SourceLocation.of(file),
                        "more rows with problems; checking stopped after " + MAX_PROBLEMS + " problems",
                        "rows that follow the format: fix the ones above and run again"));
            }
            return new InvalidInputException(all);
        }
    }
}
