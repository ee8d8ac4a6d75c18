package vn.unioncare.jobs.process;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

/**
 * Expression bean {@code checkInDates} for the check-ins after a placement, counted in calendar days from the day
 * the member started work ({@code startDate}, as the outcome form submits it): the check-in is due at the end of
 * that day ({@code due(startDate, 30)}) and its task opens a few days before ({@code opens(startDate, 30, 3)}),
 * in Hanoi time. The numbers stay in the BPMN, where designers change them.
 */
@Component("checkInDates")
public class CheckInDates {

    private static final LocalTime OPENING = LocalTime.of(8, 0);
    private static final LocalTime CLOSING = LocalTime.of(17, 0);

    private final Clock clock;

    CheckInDates(Clock clock) {
        this.clock = clock;
    }

    public Date due(Object startDate, int days) {
        return at(start(startDate).plusDays(days), CLOSING);
    }

    public Date opens(Object startDate, int days, int daysBefore) {
        return at(start(startDate).plusDays(days - (long) daysBefore), OPENING);
    }

    private LocalDate start(Object startDate) {
        return startDate == null || startDate.toString().isBlank() ? LocalDate.now(clock)
                : LocalDate.parse(startDate.toString().strip().substring(0, 10));
    }

    private Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(clock.getZone()).toInstant());
    }
}
