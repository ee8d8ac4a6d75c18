package vn.unioncare.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays (days off, including the compensatory days the government announces) and the make-up working
 * days (a Saturday worked in exchange for a bridge day off) configured per year. The dates change every year with the
 * lunar Tết and the government's announcements, so they are configuration, never code (README, "Working days").
 * A year without configured holidays is answered with weekends only and a warning, once.
 */
public final class PublicHolidays {

    public static final String HOLIDAYS_PROPERTY = "unioncare.calendar.holidays";
    public static final String MAKE_UP_DAYS_PROPERTY = "unioncare.calendar.make-up-days";

    private static final Logger log = LoggerFactory.getLogger(PublicHolidays.class);

    private final Map<Integer, Set<LocalDate>> holidaysByYear;
    private final Set<LocalDate> makeUpWorkingDays;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /**
     * @param holidaysByYear    the days off of each configured year; a year may be configured with an empty set
     * @param makeUpWorkingDays Saturdays or Sundays that are working days
     */
    public PublicHolidays(Map<Integer, ? extends Collection<LocalDate>> holidaysByYear,
                          Collection<LocalDate> makeUpWorkingDays) {
        Map<Integer, Set<LocalDate>> byYear = new TreeMap<>();
        holidaysByYear.forEach((year, dates) -> byYear.put(year, requireAllIn(year, dates)));
        for (LocalDate date : makeUpWorkingDays) {
            if (byYear.getOrDefault(date.getYear(), Set.of()).contains(date)) {
                throw new IllegalArgumentException(
                        date + " is configured both as a public holiday and as a make-up working day");
            }
        }
        this.holidaysByYear = Map.copyOf(byYear);
        this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    private static Set<LocalDate> requireAllIn(int year, Collection<LocalDate> dates) {
        for (LocalDate date : dates) {
            if (date.getYear() != year) {
                throw new IllegalArgumentException("Public holiday " + date + " is configured under the year " + year);
            }
        }
        return Set.copyOf(dates);
    }

    /** Reads {@value #HOLIDAYS_PROPERTY}.&lt;year&gt; and {@value #MAKE_UP_DAYS_PROPERTY}.&lt;year&gt;. */
    public static PublicHolidays bind(Binder binder) {
        Map<Integer, Set<LocalDate>> holidays = bindYears(binder, HOLIDAYS_PROPERTY);
        Map<Integer, Set<LocalDate>> makeUpDays = bindYears(binder, MAKE_UP_DAYS_PROPERTY);
        Set<LocalDate> makeUpWorkingDays = new TreeSet<>();
        makeUpDays.forEach((year, dates) -> dates.forEach(date -> {
            if (!WorkingDays.WEEKEND.contains(date.getDayOfWeek())) {
                throw ConfiguredDates.refused(MAKE_UP_DAYS_PROPERTY + "." + year, date.toString(),
                        "a make-up working day must be a Saturday or a Sunday, this is a " + date.getDayOfWeek());
            }
            makeUpWorkingDays.add(date);
        }));
        log.info("Working-day calendar: public holidays configured for {}", holidays.keySet());
        return new PublicHolidays(holidays, makeUpWorkingDays);
    }

    private static Map<Integer, Set<LocalDate>> bindYears(Binder binder, String prefix) {
        Map<String, String> raw = binder.bind(prefix, Bindable.mapOf(String.class, String.class)).orElseGet(Map::of);
        Map<Integer, Set<LocalDate>> byYear = new TreeMap<>();
        raw.forEach((yearKey, value) -> {
            String property = prefix + "." + yearKey;
            int year = ConfiguredDates.year(property, yearKey);
            byYear.put(year, ConfiguredDates.parse(property, year, value));
        });
        return byYear;
    }

    public boolean isHoliday(LocalDate date) {
        Set<LocalDate> holidays = holidaysByYear.get(date.getYear());
        if (holidays == null) {
            warnOnce(date.getYear());
            return false;
        }
        return holidays.contains(date);
    }

    public boolean isMakeUpWorkingDay(LocalDate date) {
        return makeUpWorkingDays.contains(date);
    }

    public boolean isConfigured(int year) {
        return holidaysByYear.containsKey(year);
    }

    private void warnOnce(int year) {
        if (warnedYears.add(year)) {
            log.warn("No public holidays are configured for {} ({}.{}): working days of {} skip weekends only, "
                            + "deadlines may fall on a holiday. Add the days off the government announced.",
                    year, HOLIDAYS_PROPERTY, year, year);
        }
    }
}
