package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.safety.SafetyCasework;
import vn.unioncare.safety.SafetyRoute;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import static vn.unioncare.common.Values.asLong;
import static vn.unioncare.common.Values.asText;

/**
 * After classification: which union leads (by the level the severity table gave and the workplace's chain), the
 * grassroots chair and the city safety officers as candidate groups, and the legal investigation deadline in
 * calendar days from the report, as the decree counts it.
 */
@Component("safetyRouting")
class SafetyRoutingDelegate implements JavaDelegate {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SafetyCasework casework;
    private final Clock clock;

    SafetyRoutingDelegate(SafetyCasework casework, Clock clock) {
        this.casework = casework;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        SafetyRoute route = casework.route(caseNumber,
                OrgLevel.valueOf(asText(execution.getVariable(SafetyVariables.LEAD_LEVEL))));
        execution.setVariable(SafetyVariables.LEAD_GROUP, route.leadGroup());
        execution.setVariable(SafetyVariables.LEAD_UNION, route.leadUnitName());
        execution.setVariable(SafetyVariables.GRASSROOTS_CHAIR_GROUP, route.grassrootsChairGroup());
        execution.setVariable(SafetyVariables.CITY_SAFETY_GROUP, route.citySafetyGroup());
        Long days = asLong(execution.getVariable(SafetyVariables.INVESTIGATION_DAYS));
        Instant due = clock.instant().plus(days == null ? 0 : days, ChronoUnit.DAYS);
        execution.setVariable(SafetyVariables.INVESTIGATION_DUE, Date.from(due));
        casework.classify(caseNumber, asText(execution.getVariable(SafetyVariables.SEVERITY)),
                days == null || days == 0 ? null : due.atZone(HANOI).toLocalDate());
    }
}
