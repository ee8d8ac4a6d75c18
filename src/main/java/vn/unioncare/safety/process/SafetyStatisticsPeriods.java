package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.unioncare.safety.ReportingPeriod;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The period each timer start of {@code safety-statistics} reports on, by the Hanoi date the timer fired:
 * {@code ${safetyStatisticsPeriods.firstHalf(execution)}} on 1 July, {@code ...previousYear(execution)} on
 * 2 January. Sets {@code statisticsPeriod} (e.g. {@code 2026-H1}) and {@code reportDue}, the first moment of the day
 * the report must be sent before.
 */
@Component("safetyStatisticsPeriods")
public class SafetyStatisticsPeriods {

    static final String PERIOD = "statisticsPeriod";
    static final String DUE = "reportDue";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public SafetyStatisticsPeriods(Clock clock) {
        this.clock = clock;
    }

    public void firstHalf(DelegateExecution execution) {
        set(execution, ReportingPeriod.firstHalfOf(today().getYear()));
    }

    public void previousYear(DelegateExecution execution) {
        set(execution, ReportingPeriod.wholeYear(today().getYear() - 1));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HANOI));
    }

    private static void set(DelegateExecution execution, ReportingPeriod period) {
        execution.setVariable(PERIOD, period.code());
        execution.setVariable(DUE, Date.from(period.dueBefore().atStartOfDay(HANOI).toInstant()));
    }
}
