package vn.unioncare.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicHolidaysTest {

    private static PublicHolidays bind(Map<String, String> properties) {
        return PublicHolidays.bind(ShippedCalendar.binderOf(properties));
    }

    @Test
    void datesAndRangesAreReadPerYear() {
        PublicHolidays holidays = bind(Map.of(
                "unioncare.calendar.holidays.2026", "2026-01-01, 2026-02-14..2026-02-22,2026-09-02",
                "unioncare.calendar.make-up-days.2026", "2026-01-10"));

        assertThat(holidays.isHoliday(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 2, 18))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 2, 22))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(holidays.isMakeUpWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(holidays.isConfigured(2026)).isTrue();
        assertThat(holidays.isConfigured(2027)).isFalse();
    }

    @Test
    void anImpossibleDateStopsTheStartNamingPropertyAndEntry() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.holidays.2026", "2026-01-01,2026-02-30")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unioncare.calendar.holidays.2026")
                .hasMessageContaining("'2026-02-30'");
    }

    @Test
    void aDateInAnotherFormatIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.holidays.2026", "02/09/2026")))
                .hasMessageContaining("unioncare.calendar.holidays.2026")
                .hasMessageContaining("'02/09/2026'")
                .hasMessageContaining("yyyy-MM-dd");
    }

    @Test
    void anEmptyEntryBetweenCommasIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.holidays.2026", "2026-01-01,,2026-04-30")))
                .hasMessageContaining("unioncare.calendar.holidays.2026")
                .hasMessageContaining("''");
    }

    @Test
    void aDateOutsideTheYearOfThePropertyIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.holidays.2026", "2027-02-06")))
                .hasMessageContaining("unioncare.calendar.holidays.2026")
                .hasMessageContaining("'2027-02-06'")
                .hasMessageContaining("not in 2026");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.holidays.2026", "2026-02-22..2026-02-14")))
                .hasMessageContaining("'2026-02-22..2026-02-14'")
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void aRangeOfMonthsIsTakenForATypo() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.holidays.2026", "2026-02-14..2026-12-22")))
                .hasMessageContaining("'2026-02-14..2026-12-22'");
    }

    @Test
    void aPropertyNotNamedAfterAYearIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.holidays.tet", "2026-02-17")))
                .hasMessageContaining("unioncare.calendar.holidays.tet")
                .hasMessageContaining("year");
    }

    @Test
    void aBlankListIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.holidays.2026", " ")))
                .hasMessageContaining("unioncare.calendar.holidays.2026")
                .hasMessageContaining("no dates");
    }

    @Test
    void aMakeUpWorkingDayMustBeAWeekendDay() {
        assertThatThrownBy(() -> bind(Map.of("unioncare.calendar.make-up-days.2026", "2026-01-09")))
                .hasMessageContaining("unioncare.calendar.make-up-days.2026")
                .hasMessageContaining("'2026-01-09'")
                .hasMessageContaining("FRIDAY");
    }

    @Test
    void aDayCannotBeBothHolidayAndMakeUpWorkingDay() {
        assertThatThrownBy(() -> bind(Map.of(
                "unioncare.calendar.holidays.2026", "2026-02-14..2026-02-22",
                "unioncare.calendar.make-up-days.2026", "2026-02-21")))
                .hasMessageContaining("2026-02-21");
    }

    @Test
    void aYearCanBeGivenAsAnEnvironmentVariable() {
        StandardEnvironment environment = new StandardEnvironment();
        // Spring maps UPPER_CASE names only for the source with the system environment's own name.
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("UNIONCARE_CALENDAR_HOLIDAYS_2030", "2030-01-01")));

        PublicHolidays holidays = PublicHolidays.bind(Binder.get(environment));

        assertThat(holidays.isConfigured(2030)).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aYearWithoutHolidaysIsWarnedAboutOnce() {
        Logger logger = (Logger) LoggerFactory.getLogger(PublicHolidays.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            PublicHolidays holidays = bind(Map.of("unioncare.calendar.holidays.2026", "2026-01-01"));

            assertThat(holidays.isHoliday(LocalDate.of(2031, 1, 1))).isFalse();
            assertThat(holidays.isHoliday(LocalDate.of(2031, 9, 2))).isFalse();
            assertThat(holidays.isHoliday(LocalDate.of(2026, 9, 2))).isFalse();

            List<ILoggingEvent> warnings = appender.list.stream()
                    .filter(event -> event.getLevel() == Level.WARN).toList();
            assertThat(warnings).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                    .contains("2031").contains("unioncare.calendar.holidays.2031");
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void theShippedCalendarCoversTheCurrentYearsWithTheirTetBreaks() {
        PublicHolidays holidays = ShippedCalendar.holidays();

        assertThat(holidays.isConfigured(2025)).isTrue();
        assertThat(holidays.isConfigured(2026)).isTrue();
        assertThat(holidays.isConfigured(2027)).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 1, 29))).as("Tet At Ty").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 2, 17))).as("Tet Binh Ngo").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2027, 2, 8))).as("Tet Dinh Mui").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 27))).as("Hung Kings, made good on Monday").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 1))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(holidays.isMakeUpWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    }
}
