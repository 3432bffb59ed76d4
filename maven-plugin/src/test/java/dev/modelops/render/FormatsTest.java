package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0.812, 0.812",
        "0.81234567, 0.8123",
        "0.0312345, 0.03123",
        "0.000012345, 0.00001234",
        "12.5, 12.5",
        "1234.56789, 1234.5679",
        "1200, 1200",
        "1e7, 10000000",
        "0, 0",
        "-0.25, -0.25",
        "0.95, 0.95"
    })
    void roundsToFourDecimalsOrFourSignificantDigitsWithoutAnExponent(double value, String expected) {
        assertThat(Formats.number(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} against {1} -> {2}")
    @CsvSource({
        "0.812, 0.803, +0.009",
        "0.74999, 0.76, -0.01001",
        "0.08, 0.07, +0.01",
        "0.3, 0.1, +0.2",
        "0.7, 0.7, 0",
        "12.5, 100, -87.5",
        "1e-7, 0, +0.0000001"
    })
    void aChangeIsExactAndSigned(double current, double baseline, String expected) {
        assertThat(Formats.change(current, baseline)).isEqualTo(expected);
    }

    @Test
    void printsNonFiniteValuesInWords() {
        assertThat(Formats.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Formats.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(Formats.metricValue(Double.NEGATIVE_INFINITY, new Threshold(0.5, null))).isEqualTo("-Infinity");
    }

    @Test
    void aValueJustBelowAMinimumIsNeverRoundedUpToIt() {
        Threshold min = new Threshold(0.75, null);
        assertThat(Formats.metricValue(0.7499, min)).isEqualTo("0.7499");
        assertThat(Formats.metricValue(0.74999, min)).isEqualTo("0.74999");
        assertThat(Formats.metricValue(0.7499999999, min)).isEqualTo("0.7499999999");
        assertThat(Formats.number(0.74999)).as("without a threshold it may round").isEqualTo("0.75");
    }

    @Test
    void aValueJustAboveAMaximumIsNeverRoundedDownToIt() {
        Threshold max = new Threshold(null, 0.1);
        assertThat(Formats.metricValue(0.10000049, max)).isEqualTo("0.10000049");
        assertThat(Formats.metricValue(12.00004, new Threshold(null, 12.0))).isEqualTo("12.00004");
    }

    @Test
    void aPassingValueIsNeverRoundedIntoAFailure() {
        assertThat(Formats.metricValue(0.100000049, new Threshold(0.10000004, null))).isEqualTo("0.100000049");
        assertThat(Formats.metricValue(0.79996, new Threshold(null, 0.79999))).isEqualTo("0.79996");
    }

    @Test
    void valuesClearOfTheirThresholdAreRounded() {
        assertThat(Formats.metricValue(0.81234567, new Threshold(0.75, null))).isEqualTo("0.8123");
        assertThat(Formats.metricValue(0.0812345, new Threshold(null, 0.1))).isEqualTo("0.08123");
        assertThat(Formats.metricValue(0.81234567, null)).isEqualTo("0.8123");
    }

    @Test
    void thresholdBoundsAreShownExactly() {
        assertThat(Formats.threshold(new Threshold(0.75, null))).isEqualTo("\u2265 0.75");
        assertThat(Formats.threshold(new Threshold(null, 0.10))).isEqualTo("\u2264 0.1");
        assertThat(Formats.threshold(new Threshold(0.123456789, 0.9))).isEqualTo("0.123456789 \u2013 0.9");
        assertThat(Formats.threshold(null)).isEmpty();
    }

    @Test
    void confidenceIntervalsShowTheirLevelAsAPercentage() {
        assertThat(Formats.confidenceInterval(new ConfidenceInterval(0.801, 0.823, 0.95))).isEqualTo("[0.801, 0.823] at 95%");
        assertThat(Formats.confidenceInterval(new ConfidenceInterval(0.801, 0.823, 0.999))).isEqualTo("[0.801, 0.823] at 99.9%");
        assertThat(Formats.confidenceInterval(new ConfidenceInterval(1, 2, null))).isEqualTo("[1, 2]");
        assertThat(Formats.confidenceInterval(null)).isEmpty();
    }

    @Test
    void instantsAndDatesAreIsoInUtc() {
        Instant instant = Instant.parse("2026-11-01T09:30:00Z");
        assertThat(Formats.isoInstant(instant)).isEqualTo("2026-11-01T09:30:00Z");
        assertThat(Formats.readableInstant(instant)).isEqualTo("2026-11-01 09:30:00 UTC");
        assertThat(Formats.date(LocalDate.of(2026, 9, 1))).isEqualTo("2026-09-01");
        assertThat(Formats.date(null)).isEmpty();
    }

    @Test
    void simpleReviewPeriodsAreSpelledOut() {
        assertThat(Formats.frequency("P30D")).isEqualTo("P30D (every 30 days)");
        assertThat(Formats.frequency("P1W")).isEqualTo("P1W (every week)");
        assertThat(Formats.frequency("P3M")).isEqualTo("P3M (every 3 months)");
        assertThat(Formats.frequency("P1Y")).isEqualTo("P1Y (every year)");
        assertThat(Formats.frequency("P1M15D")).isEqualTo("P1M15D");
        assertThat(Formats.frequency("monthly")).isEqualTo("monthly");
    }

    @Test
    void locationsReadAsFileAndLine() {
        assertThat(Formats.location(new SourceLocation("a/model.yaml", 12, 5, "/people"))).isEqualTo("a/model.yaml:12");
        assertThat(Formats.location(SourceLocation.of("a/model.yaml"))).isEqualTo("a/model.yaml");
        assertThat(Formats.location(null)).isEmpty();
    }
}
