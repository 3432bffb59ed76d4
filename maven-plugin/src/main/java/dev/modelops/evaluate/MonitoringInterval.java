package dev.modelops.evaluate;

import java.time.Duration;
import java.time.Period;

/**
 * A monitoring frequency (an ISO-8601 period such as {@code P30D}, {@code P1M} or {@code P1Y}) as the longest
 * duration it can stand for, so that a rule comparing the age of the latest monitoring result with it never
 * flags a result that is on schedule: a month counts 31 days, a year 366 days, a week 7 days. Periods are
 * validated by the model schema before they get here.
 */
final class MonitoringInterval {

    static final int DAYS_PER_MONTH = 31;
    static final int DAYS_PER_YEAR = 366;

    private MonitoringInterval() {
    }

    static Duration of(String frequency) {
        Period period = Period.parse(frequency);
        long days = period.getYears() * (long) DAYS_PER_YEAR + period.getMonths() * (long) DAYS_PER_MONTH
                + period.getDays();
        return Duration.ofDays(days);
    }
}
