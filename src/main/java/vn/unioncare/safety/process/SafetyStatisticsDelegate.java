package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.safety.ReportingPeriod;
import vn.unioncare.safety.SafetyStatisticsReports;

import static vn.unioncare.common.Values.asText;

/**
 * Produces the period's statistics of the city and of every union directly above grassroots, files them and tells
 * each union's safety officers. Runs asynchronously; a retried job files and notifies nothing twice.
 */
@Component("safetyStatistics")
class SafetyStatisticsDelegate implements JavaDelegate {

    private final SafetyStatisticsReports statistics;

    SafetyStatisticsDelegate(SafetyStatisticsReports statistics) {
        this.statistics = statistics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statistics.produceAll(ReportingPeriod.parse(asText(execution.getVariable(
                SafetyStatisticsPeriods.PERIOD))));
    }
}
