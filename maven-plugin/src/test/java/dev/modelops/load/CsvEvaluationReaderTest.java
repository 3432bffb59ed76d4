package dev.modelops.load;

import static dev.modelops.load.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.MetricResult;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvEvaluationReaderTest {

    private static final String FILE = "evaluations/results.csv";

    @TempDir
    Path dir;

    private final CsvEvaluationReader reader = new CsvEvaluationReader();

    private List<MetricResult> read(String text) throws IOException {
        return reader.read(new SourceFile(write(text), FILE));
    }

    private Path write(String text) throws IOException {
        return Files.write(dir.resolve("results.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String text) throws IOException {
        Path file = write(text);
        return problemsOf(() -> reader.read(new SourceFile(file, FILE)));
    }

    @Test
    void readsEveryColumn() throws IOException {
        List<MetricResult> results = read("""
                metric,value,slice,ci_lower,ci_upper,ci_level,threshold_min,threshold_max,dataset,date
                auc,0.771,age_band=18-25,0.748,0.794,0.95,0.75,,holdout-2026q3,2026-09-01
                fpr,0.08,,,,,,0.1,,
                """);
        assertThat(results).hasSize(2);
        MetricResult auc = results.get(0);
        assertThat(auc.metric()).isEqualTo("auc");
        assertThat(auc.value()).isEqualTo(0.771);
        assertThat(auc.slice()).containsExactly(Map.entry("age_band", "18-25"));
        assertThat(auc.confidenceInterval()).isEqualTo(new ConfidenceInterval(0.748, 0.794, 0.95));
        assertThat(auc.threshold()).isEqualTo(new Threshold(0.75, null));
        assertThat(auc.dataset()).isEqualTo("holdout-2026q3");
        assertThat(auc.date()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(auc.source()).isEqualTo(new SourceLocation(FILE, 2, 0, ""));
        MetricResult fpr = results.get(1);
        assertThat(fpr.slice()).isEmpty();
        assertThat(fpr.confidenceInterval()).isNull();
        assertThat(fpr.threshold()).isEqualTo(new Threshold(null, 0.1));
        assertThat(fpr.dataset()).isNull();
        assertThat(fpr.date()).isNull();
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() throws IOException {
        assertThat(read("value,metric\n0.5,auc\n")).singleElement()
                .satisfies(r -> assertThat(r.metric()).isEqualTo("auc"))
                .satisfies(r -> assertThat(r.value()).isEqualTo(0.5));
    }

    @Test
    void severalSliceFeaturesAreSortedAndTrimmed() throws IOException {
        assertThat(read("metric,value,slice\nauc,0.8,\"region = north ; age_band=26-40;\"\n").get(0).slice())
                .containsExactly(Map.entry("age_band", "26-40"), Map.entry("region", "north"));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        List<MetricResult> results = read("metric,value,dataset\n"
                + "\"auc, macro\",0.8,\"holdout \"\"A\"\"\nsecond line\"\n"
                + "auc,0.7,plain\n");
        assertThat(results.get(0).metric()).isEqualTo("auc, macro");
        assertThat(results.get(0).dataset()).isEqualTo("holdout \"A\"\nsecond line");
        assertThat(results.get(1).source().line()).as("the line after a quoted line break").isEqualTo(4);
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkAreHandled() throws IOException {
        Path file = Files.write(dir.resolve("results.csv"),
                "\uFEFFmetric,value\r\nauc,0.8\r\nacc,abc\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(problemsOf(() -> reader.read(new SourceFile(file, FILE)))).containsExactly(
                FILE + ":3:5: found 'abc' in column value, expected a number, such as 0.812 (with a '.' as decimal separator)");
    }

    @Test
    void unquotedFieldsAreTrimmedAndBlankLinesSkipped() throws IOException {
        List<MetricResult> results = read("metric , value\n\n auc , 0.8 \n\n");
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.metric()).isEqualTo("auc");
            assertThat(r.source().line()).isEqualTo(3);
        });
    }

    @Test
    void aNonNumericValueIsReportedAtItsLineAndColumn() throws IOException {
        assertThat(problems("metric,value\nauc,0.8\nauc,abc\n")).containsExactly(
                FILE + ":3:5: found 'abc' in column value, expected a number, such as 0.812 (with a '.' as decimal separator)");
    }

    @Test
    void numbersFollowJsonSyntax() throws IOException {
        assertThat(problems("metric,value\na,NaN\nb,Infinity\nc,0x10\nd,1d\ne,\"0,8\"\nf,1e999\n"))
                .extracting(p -> p.substring(0, p.indexOf(" in column")))
                .containsExactly(FILE + ":2:3: found 'NaN'", FILE + ":3:3: found 'Infinity'", FILE + ":4:3: found '0x10'",
                        FILE + ":5:3: found '1d'", FILE + ":6:3: found '0,8'", FILE + ":7:3: found '1e999'");
        assertThat(read("metric,value\na,-1.5e-3\nb,+2\nc,.5\n")).extracting(MetricResult::value)
                .containsExactly(-0.0015, 2.0, 0.5);
    }

    @Test
    void anUnknownColumnIsNamedWithTheExpectedOnes() throws IOException {
        assertThat(problems("metric,value,treshold_min\nauc,0.8,0.7\n")).containsExactly(
                FILE + ":1:14: an unknown column 'treshold_min' (did you mean 'threshold_min'?), expected one of the columns "
                        + "metric, value, slice, ci_lower, ci_upper, ci_level, threshold_min, threshold_max, dataset, date, count");
    }

    @Test
    void requiredColumnsMustBeThere() throws IOException {
        assertThat(problems("metric,dataset\nauc,holdout\n")).containsExactly(
                FILE + ":1: no 'value' column in the header, expected the columns metric and value, and optionally "
                        + "slice, ci_lower, ci_upper, ci_level, threshold_min, threshold_max, dataset, date, count");
    }

    @Test
    void aRepeatedOrEmptyColumnIsAProblem() throws IOException {
        assertThat(problems("metric,value,value,\n")).containsExactly(
                FILE + ":1:14: the column 'value' a second time, expected each column once",
                FILE + ":1:20: an empty column name in the header (column 4), expected one of the columns "
                        + "metric, value, slice, ci_lower, ci_upper, ci_level, threshold_min, threshold_max, dataset, date, count");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsAProblem() throws IOException {
        assertThat(problems("metric,value\nauc,0.8,extra\n")).containsExactly(
                FILE + ":2: found 3 fields, expected 2 fields, one per column of the header on line 1");
    }

    @Test
    void badCellsAreAllReportedWithTheirColumns() throws IOException {
        assertThat(problems("""
                metric,value,slice,ci_lower,ci_upper,ci_level,threshold_min,threshold_max,date
                ,0.8,age_band,0.9,0.7,95,0.9,0.8,2026-02-30
                auc,,a=1;a=2,0.1,,,,,14/09/2026
                """)).containsExactly(
                FILE + ":2:1: found nothing in column metric, expected the name of the metric, such as auc",
                FILE + ":2:6: found 'age_band' in column slice, expected feature=value, several joined by ';', "
                        + "such as age_band=18-25;region=north",
                FILE + ":2:23: found '95' in column ci_level, expected a fraction between 0 and 1, such as 0.95 for a 95% interval",
                FILE + ":2:15: found a confidence interval whose lower bound 0.9 is above its upper bound 0.7, "
                        + "expected ci_lower <= ci_upper",
                FILE + ":2:26: found a threshold whose min 0.9 is above its max 0.8, expected threshold_min <= threshold_max",
                FILE + ":2:34: found '2026-02-30' in column date, expected a real calendar date written YYYY-MM-DD",
                FILE + ":3:5: found nothing in column value, expected a number",
                FILE + ":3:6: found the feature 'a' twice in column slice, expected each feature once",
                FILE + ":3:18: found nothing in column ci_upper although ci_lower is set, expected both ci_lower and ci_upper, or neither",
                FILE + ":3:22: found '14/09/2026' in column date, expected a real calendar date written YYYY-MM-DD");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws IOException {
        assertThat(problems("metric,value\nauc,\"0.8\n")).containsExactly(
                FILE + ":2:5: a quoted field that is never closed, expected a closing \" (write a quote inside a quoted field as \"\")");
    }

    @Test
    void textAfterAClosingQuoteIsAProblem() throws IOException {
        assertThat(problems("metric,value\n\"auc\"x,0.8\n")).containsExactly(
                FILE + ":2:6: found 'x' after the closing quote of a field, expected a comma or the end of the line "
                        + "(write a quote inside a quoted field as \"\")");
    }

    @Test
    void anEmptyFileIsAProblem() throws IOException {
        assertThat(problems("\n\n")).containsExactly(FILE + ": the file is empty, expected a header row naming the columns "
                + "(metric,value,slice,ci_lower,ci_upper,ci_level,threshold_min,threshold_max,dataset,date,count) and one row per metric");
    }

    @Test
    void aHeaderWithoutRowsGivesNoResults() throws IOException {
        assertThat(read("metric,value\n")).isEmpty();
    }

    @Test
    void problemsAreCappedPerFile() throws IOException {
        String rows = "x,abc\n".repeat(CsvEvaluationReader.MAX_PROBLEMS + 20);
        List<String> problems = problems("metric,value\n" + rows);
        assertThat(problems).hasSize(CsvEvaluationReader.MAX_PROBLEMS + 1);
        assertThat(problems.get(problems.size() - 1)).isEqualTo(FILE + ": more rows with problems; checking stopped after "
                + CsvEvaluationReader.MAX_PROBLEMS + " problems, expected rows that follow the format: fix the ones above and run again");
    }

    @Test
    void markupIsKeptVerbatim() throws IOException {
        assertThat(read("metric,value,dataset\n<b>auc</b>,0.8,<script>x</script>\n").get(0).dataset())
                .isEqualTo("<script>x</script>");
    }

    @Test
    void readsOnlyCsvFiles() {
        assertThat(reader.canRead(Path.of("a/RESULTS.CSV"))).isTrue();
        assertThat(reader.canRead(Path.of("a/results.json"))).isFalse();
    }
}
