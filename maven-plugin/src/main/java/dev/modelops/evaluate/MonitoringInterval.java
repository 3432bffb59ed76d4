package dev.modelops.evaluate;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A monitoring frequency (an ISO-8601 period such as {@code P30D}, {@code P1M} or {@code P1Y}) as the longest
 * duration it can stand for, so that a rule comparing the age of the latest monitoring result with it never
 * flags a result that is on schedule: a month counts 31 days, a year 366 days, a week 7 days. The model schema
 * checks the form of the period before it gets here; a period whose numbers do not fit (more than 2^31 days)
 * has no interval, so that rules reading it see an absent key rather than the build failing.
 */
final class MonitoringInterval {

    static final int DAYS_PER_MONTH = 31;
    static final int DAYS_PER_YEAR = 366;

    private MonitoringInterval() {
    }

    static Optional<Duration> of(String frequency) {
        Period period;
        try {
            period = Period.parse(frequency);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        long days = period.getYears() * (long) DAYS_PER_YEAR + period.getMonths() * (long) DAYS_PER_MONTH
                + period.getDays();
        return Optional.of(Duration.ofDays(days));
    }
}
