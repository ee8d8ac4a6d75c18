package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.safety.SafetyStatisticsReports;
import vn.unioncare.security.CandidateGroup;
import vn.unioncare.security.OfficerRole;

/**
 * Runs first when {@code safety-statistics} starts, before its case file is opened: the case belongs to the city
 * federation, whose safety officers send the report ({@code citySafetyGroup}).
 */
@Component("safetyStatisticsCase")
class SafetyStatisticsCaseListener implements ExecutionListener {

    static final String CITY_SAFETY_GROUP = "citySafetyGroup";

    private final SafetyStatisticsReports statistics;

    SafetyStatisticsCaseListener(SafetyStatisticsReports statistics) {
        this.statistics = statistics;
    }

    @Override
    public void notify(DelegateExecution execution) {
        OrgUnitView city = statistics.city();
        execution.setVariable(CaseRecords.ORG_UNIT_ID, city.id());
        execution.setVariable(CITY_SAFETY_GROUP, new CandidateGroup(city.code(), OfficerRole.SAFETY).id());
    }
}
