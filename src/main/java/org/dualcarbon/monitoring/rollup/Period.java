package org.dualcarbon.monitoring.rollup;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The roll-up periods, each built from the one below it, with the number of valid parts that make it valid.
 * HOUR: at least 45 valid minutes; DAY: at least 20 valid hours — HJ 75-2017 as summarised in domain.md §8.3,
 * marked [unverified] there (check the standard's text before relying on it). MONTH: domain.md gives no criterion;
 * the platform calls a month valid when it has at least one valid day and always shows the count beside it.
 */
public enum Period {
    HOUR(45),
    DAY(20),
    MONTH(1);

    private final int validPartsRequired;

    Period(int validPartsRequired) {
        this.validPartsRequired = validPartsRequired;
    }

    public int validPartsRequired() {
        return validPartsRequired;
    }

    /** The start of the period that holds a time. */
    public LocalDateTime startOf(LocalDateTime time) {
        return switch (this) {
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case DAY -> time.truncatedTo(ChronoUnit.DAYS);
            case MONTH -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
    }

    /** The start of the next period. */
    public LocalDateTime next(LocalDateTime start) {
        return switch (this) {
            case HOUR -> start.plusHours(1);
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
