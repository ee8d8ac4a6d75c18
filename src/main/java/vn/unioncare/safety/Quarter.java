package vn.unioncare.safety;

import java.time.Instant;
import java.time.LocalDate;

/** A calendar quarter in Hanoi time, e.g. "quý 3/2026". */
record Quarter(int year, int number) {

    static Quarter of(Instant instant) {
        LocalDate date = instant.atZone(SafetyCasework.HANOI).toLocalDate();
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    Instant start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1).atStartOfDay(SafetyCasework.HANOI).toInstant();
    }

    Instant end() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1).plusMonths(3).atStartOfDay(SafetyCasework.HANOI).toInstant();
    }

    String label() {
        return "quý " + number + "/" + year;
    }
}
