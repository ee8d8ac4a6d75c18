package vn.unioncare.common;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Vietnamese working days: Monday to Friday except public holidays, plus the make-up Saturdays the government
 * announces. The Spring bean is named {@code workingDays} so that BPMN can count in working days, e.g.
 * {@code <timeDate>${workingDays.after(3)}</timeDate>} or {@code camunda:dueDate="${workingDays.after(5)}"}.
 */
public class WorkingDays {

    static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    /** No UnionCare deadline is longer than a year; a larger number is a modelling mistake. */
    static final int MAX_DAYS = 366;

    private final Clock clock;
    private final PublicHolidays holidays;

    public WorkingDays(Clock clock, PublicHolidays holidays) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public boolean isWorkingDay(LocalDate date) {
        if (holidays.isMakeUpWorkingDay(date)) {
            return true;
        }
        return !WEEKEND.contains(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    /**
     * The date {@code days} working days after {@code from} ({@code from} itself does not count). With 0: {@code from}
     * if it is a working day, else the next working day.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        requireSensibleDays(days);
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    /**
     * Now (Hanoi time) plus {@code days} working days, keeping the time of day: a timer set on Friday 16:00 with 1
     * fires on Monday 16:00. When now is outside a working day the count still starts from today's date, so on a
     * Saturday both {@code after(0)} and {@code after(1)} are Monday at the same time.
     */
    public Date after(int days) {
        ZonedDateTime now = clock.instant().atZone(TimeConfiguration.HANOI);
        LocalDate due = addWorkingDays(now.toLocalDate(), days);
        return Date.from(now.with(due).toInstant());
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        return from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    private static void requireSensibleDays(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "A number of working days must be between 0 and " + MAX_DAYS + ", not " + days);
        }
    }
}
