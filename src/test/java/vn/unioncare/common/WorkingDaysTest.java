package vn.unioncare.common;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private static final Clock FRIDAY_BEFORE_TET_2026 =
            Clock.fixed(ZonedDateTime.of(2026, 2, 13, 15, 30, 0, 0, TimeConfiguration.HANOI).toInstant(),
                    TimeConfiguration.HANOI);

    private final WorkingDays workingDays = new WorkingDays(FRIDAY_BEFORE_TET_2026, ShippedCalendar.holidays());

    @Test
    void weekendsAreSkipped() {
        LocalDate friday = LocalDate.of(2026, 3, 6);

        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(workingDays.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(workingDays.addWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void theTetBreakOf2026IsSkipped() {
        LocalDate lastDayBeforeTet = LocalDate.of(2026, 2, 13);

        assertThat(LocalDate.of(2026, 2, 16).datesUntil(LocalDate.of(2026, 2, 21)).map(workingDays::isWorkingDay))
                .containsOnly(false);
        assertThat(workingDays.addWorkingDays(lastDayBeforeTet, 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(workingDays.addWorkingDays(lastDayBeforeTet, 3)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void everyDayOfAConfiguredRangeIsADayOff() {
        WorkingDays withRange = new WorkingDays(FRIDAY_BEFORE_TET_2026, PublicHolidays.bind(ShippedCalendar.binderOf(
                Map.of("unioncare.calendar.holidays.2026", "2026-06-08..2026-06-10"))));

        assertThat(LocalDate.of(2026, 6, 8).datesUntil(LocalDate.of(2026, 6, 11)).map(withRange::isWorkingDay))
                .containsOnly(false);
        assertThat(withRange.addWorkingDays(LocalDate.of(2026, 6, 5), 1)).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 6, 5), 1)).isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void nationalDayAndItsAdjacentDayAreSkipped() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 8, 31), 1)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 8, 29), 1)).isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void zeroDaysIsTheSameDayOrTheNextWorkingDay() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 3, 4), 0)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 2, 17), 0)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void afterKeepsTheTimeOfDay() {
        ZonedDateTime due = workingDays.after(3).toInstant().atZone(TimeConfiguration.HANOI);

        assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 2, 25, 15, 30));
    }

    @Test
    void afterCountsFromTheDateInHanoiWhateverTheZoneOfTheClock() {
        // 20:00 UTC on Friday 13 February is 03:00 on Saturday 14 February in Hanoi, inside the Tet break.
        Clock utc = Clock.fixed(LocalDateTime.of(2026, 2, 13, 20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        WorkingDays fromUtc = new WorkingDays(utc, ShippedCalendar.holidays());

        assertThat(fromUtc.after(0).toInstant().atZone(TimeConfiguration.HANOI).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 2, 23, 3, 0));
        assertThat(fromUtc.after(2).toInstant().atZone(TimeConfiguration.HANOI).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 2, 24, 3, 0));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 25))).isEqualTo(3);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9))).isEqualTo(5);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    void workingDaysBetweenAgreesWithAddingWorkingDays() {
        LocalDate start = LocalDate.of(2026, 4, 24);
        for (int days = 0; days <= 20; days++) {
            LocalDate due = workingDays.addWorkingDays(start, days);
            assertThat(workingDays.workingDaysBetween(start, due)).as("%d working days", days).isEqualTo(days);
        }
    }

    @Test
    void negativeDaysAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> workingDays.addWorkingDays(LocalDate.of(2026, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> workingDays.after(-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-3");
    }

    @Test
    void moreThanAYearOfWorkingDaysIsRefusedNamingTheValue() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 1, 2), 366)).isAfter(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> workingDays.after(367))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("367");
    }

    @Test
    void aYearWithoutConfiguredHolidaysStillSkipsWeekends() {
        LocalDate fridayIn2030 = LocalDate.of(2030, 1, 4);

        assertThat(ShippedCalendar.holidays().isConfigured(2030)).isFalse();
        assertThat(workingDays.addWorkingDays(fridayIn2030, 1)).isEqualTo(LocalDate.of(2030, 1, 7));
        assertThat(workingDays.workingDaysBetween(fridayIn2030, LocalDate.of(2030, 1, 11))).isEqualTo(5);
    }
}
