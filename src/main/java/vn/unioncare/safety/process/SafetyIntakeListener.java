package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.DecisionVersions;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.safety.IncidentReport;
import vn.unioncare.safety.SafetyCasework;

import static vn.unioncare.common.Values.asText;

/**
 * Runs when a safety case starts, however it was started: records the report (the description stays out of the
 * engine), gives the case to the workplace's union whoever reported it, normalises the counts the severity table
 * reads and pins the table's version. An anonymous report has no reporter: no {@code requestedBy} and no engine user.
 */
@Component("safetyIntake")
class SafetyIntakeListener implements ExecutionListener {

    static final String SEVERITY_DECISION = "incident-severity";

    private final SafetyCasework casework;
    private final CaseRecords records;
    private final DecisionVersions decisions;

    SafetyIntakeListener(SafetyCasework casework, CaseRecords records, DecisionVersions decisions) {
        this.casework = casework;
        this.records = records;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        IncidentReport report = SafetyVariables.report(execution);
        String reporter = reporter(execution);
        OrgUnitView workplace = casework.intake(caseNumber, execution.getProcessInstanceId(), report, reporter);
        records.assignUnion(execution.getProcessInstanceId(), workplace.id());
        execution.setVariable(CaseRecords.ORG_UNIT_ID, workplace.id());
        execution.setVariable(CaseRecords.UNION_CODE, workplace.code());
        execution.removeVariable(SafetyVariables.DESCRIPTION);
        execution.setVariable(SafetyVariables.ANONYMOUS, reporter == null);
        execution.setVariable(SafetyVariables.DEATHS, report.deaths());
        execution.setVariable(SafetyVariables.SERIOUSLY_INJURED, report.seriouslyInjured());
        execution.setVariable(SafetyVariables.LIGHTLY_INJURED, report.lightlyInjured());
        execution.setVariable(SafetyVariables.CONTRACT_TYPE, report.contractType());
        execution.setVariable(SafetyVariables.SEVERITY_RULE_VERSION, decisions.latest(SEVERITY_DECISION));
    }

    private static String reporter(DelegateExecution execution) {
        String submittedBy = asText(execution.getVariable(CaseStarter.REQUESTED_BY));
        if (submittedBy != null) {
            return submittedBy;
        }
        Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return starter == null ? null : starter.getUserId();
    }
}
