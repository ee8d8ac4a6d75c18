package vn.unioncare.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an impossible date           | unioncare.calendar.holidays.2026     | 2026-01-01,2026-02-30  | '2026-02-30'
            a date in another format     | unioncare.calendar.holidays.2026     | 02/09/2026             | yyyy-MM-dd
            an empty entry               | unioncare.calendar.holidays.2026     | 2026-01-01,,2026-04-30 | ''
            a date of another year       | unioncare.calendar.holidays.2026     | 2027-02-06             | not in 2026
            a range ending before start  | unioncare.calendar.holidays.2026     | 2026-02-22..2026-02-14 | ends before it starts
            a range of months (a typo)   | unioncare.calendar.holidays.2026     | 2026-02-14..2026-12-22 | '2026-02-14..2026-12-22'
            a blank list                 | unioncare.calendar.holidays.2026     | " "                    | no dates
            a name that is not a year    | unioncare.calendar.holidays.tet      | 2026-02-17             | year
            a make-up day on a weekday   | unioncare.calendar.make-up-days.2026 | 2026-01-09             | FRIDAY
            """)
    void aMalformedEntryStopsTheStartNamingThePropertyAndTheEntry(String what, String property, String value,
                                                                   String explanation) {
        assertThatThrownBy(() -> bind(Map.of(property, value)))
                .as(what)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(property)
                .hasMessageContaining(explanation);
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
