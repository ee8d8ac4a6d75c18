package vn.unioncare.safety;

import vn.unioncare.casework.StatisticsPeriod;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Month;

/**
 * A period of the occupational accident statistics the unions send upwards: the first half of a year (1 January to
 * 30 June, due before 10 July) or a whole year (due before 10 January of the next). Its {@link #code()} ({@code 2026-H1},
 * {@code 2026}) names the files of the period.
 */
public record ReportingPeriod(Kind kind, int year) {

    public enum Kind { HALF_YEAR, YEAR }

    private static final MonthDay DUE = MonthDay.of(Month.JANUARY, 10);
    private static final String HALF_YEAR_SUFFIX = "-H1";

    public static ReportingPeriod firstHalfOf(int year) {
        return new ReportingPeriod(Kind.HALF_YEAR, year);
    }

    public static ReportingPeriod wholeYear(int year) {
        return new ReportingPeriod(Kind.YEAR, year);
    }

    /** The period a code names; the inverse of {@link #code()}. */
    public static ReportingPeriod parse(String code) {
        if (code != null && code.matches("\\d{4}(" + HALF_YEAR_SUFFIX + ")?")) {
            int year = Integer.parseInt(code.substring(0, 4));
            return code.endsWith(HALF_YEAR_SUFFIX) ? firstHalfOf(year) : wholeYear(year);
        }
        throw new IllegalArgumentException("not a reporting period: " + code);
    }

    public String code() {
        return kind == Kind.HALF_YEAR ? year + HALF_YEAR_SUFFIX : String.valueOf(year);
    }

    public StatisticsPeriod days() {
        return new StatisticsPeriod(LocalDate.of(year, 1, 1),
                kind == Kind.HALF_YEAR ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
    }

    /** The day the report must have been sent before: 10 July for the half year, 10 January after the year. */
    public LocalDate dueBefore() {
        return kind == Kind.HALF_YEAR ? LocalDate.of(year, 7, 10) : DUE.atYear(year + 1);
    }

    /** The bundle key naming the period, with the year as its argument. */
    String labelKey() {
        return kind == Kind.HALF_YEAR ? "safety.statistics.period.half-year" : "safety.statistics.period.year";
    }
}
