package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitoringIntervalTest {

    @ParameterizedTest(name = "{0} is at most {1} days")
    @CsvSource({"P30D, 30", "P1M, 31", "P3M, 93", "P1Y, 366", "P2W, 14", "P1M2W3D, 48", "P1Y1M, 397"})
    void aPeriodIsTheLongestDurationItCanMean(String frequency, long days) {
        assertThat(MonitoringInterval.of(frequency)).contains(Duration.ofDays(days));
    }

    @ParameterizedTest(name = "{0} has no interval")
    @CsvSource({"P99999999999D", "P30", "monthly"})
    void aPeriodThatDoesNotFitHasNoInterval(String frequency) {
        assertThat(MonitoringInterval.of(frequency)).isEmpty();
    }
}
