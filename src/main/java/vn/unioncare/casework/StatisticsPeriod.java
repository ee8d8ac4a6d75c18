package vn.unioncare.casework;

import vn.unioncare.common.TimeConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The days a statistic covers, {@code from} and {@code to} both included, on Hanoi time. */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(from + " after " + to);
        }
    }

    /** The {@code days} days up to and including {@code today}. */
    public static StatisticsPeriod lastDays(int days, LocalDate today) {
        if (days < 1) {
            throw new IllegalArgumentException("days " + days);
        }
        return new StatisticsPeriod(today.minusDays(days - 1L), today);
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(TimeConfiguration.HANOI).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(TimeConfiguration.HANOI).toInstant();
    }
}
