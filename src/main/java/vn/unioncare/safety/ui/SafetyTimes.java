package vn.unioncare.safety.ui;

import vn.unioncare.common.TimeConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and times on the safety pages, as read in Vietnam. */
final class SafetyTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeConfiguration.HANOI);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SafetyTimes() {
    }

    static String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
