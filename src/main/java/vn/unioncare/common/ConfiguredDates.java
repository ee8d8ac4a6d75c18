package vn.unioncare.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one calendar property such as {@code unioncare.calendar.holidays.2026=2026-01-01,2026-02-14..2026-02-22}:
 * comma-separated ISO dates or inclusive ranges, all inside the year the property is named after. Anything else is
 * refused with the property and the bad entry, so a typo stops the start instead of shifting every deadline.
 */
final class ConfiguredDates {

    private static final String RANGE = "..";
    /** The longest break the government has announced is nine or ten days; a longer range is a typo. */
    private static final int LONGEST_RANGE_DAYS = 31;

    private ConfiguredDates() {
    }

    static int year(String property, String yearKey) {
        if (!yearKey.matches("\\d{4}")) {
            throw refused(property, yearKey, "the last part of the name must be a year such as 2026");
        }
        return Integer.parseInt(yearKey);
    }

    static Set<LocalDate> parse(String property, int year, String value) {
        if (value == null || value.isBlank()) {
            throw refused(property, "", "lists no dates");
        }
        Set<LocalDate> dates = new TreeSet<>();
        for (String entry : value.split(",", -1)) {
            dates.addAll(parseEntry(property, year, entry.strip()));
        }
        return dates;
    }

    private static Set<LocalDate> parseEntry(String property, int year, String entry) {
        int separator = entry.indexOf(RANGE);
        String firstText = separator < 0 ? entry : entry.substring(0, separator);
        String lastText = separator < 0 ? entry : entry.substring(separator + RANGE.length());
        LocalDate first = date(property, year, entry, firstText);
        LocalDate last = date(property, year, entry, lastText);
        if (last.isBefore(first)) {
            throw refused(property, entry, "the range ends before it starts");
        }
        if (first.plusDays(LONGEST_RANGE_DAYS).isBefore(last)) {
            throw refused(property, entry, "a range may span at most " + LONGEST_RANGE_DAYS + " days");
        }
        Set<LocalDate> dates = new TreeSet<>();
        first.datesUntil(last.plusDays(1)).forEach(dates::add);
        return dates;
    }

    private static LocalDate date(String property, int year, String entry, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw refused(property, entry, "expected a date yyyy-MM-dd or a range yyyy-MM-dd..yyyy-MM-dd");
        }
        if (date.getYear() != year) {
            throw refused(property, entry, "the date is not in " + year);
        }
        return date;
    }

    static IllegalArgumentException refused(String property, String entry, String reason) {
        return new IllegalArgumentException(
                "Calendar property " + property + " has a bad entry '" + entry + "': " + reason);
    }
}
