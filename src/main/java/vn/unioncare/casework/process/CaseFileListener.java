package vn.unioncare.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseSummary;
import static vn.unioncare.common.Values.asLong;
import vn.unioncare.organisation.OrganisationService;

/**
 * Opens the case file when a process instance starts and closes it when the instance ends. Attached to every
 * process by {@link CaseFilePlugin}; the case number becomes the instance's business key and the variable
 * {@code caseNumber}.
 */
class CaseFileListener implements ExecutionListener {

    private final CaseRecords records;
    private final OrganisationService organisation;
    private final String prefix;

    CaseFileListener(CaseRecords records, OrganisationService organisation, String prefix) {
        this.records = records;
        this.organisation = organisation;
        this.prefix = prefix;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (EVENTNAME_END.equals(execution.getEventName())) {
            records.close(execution.getProcessInstanceId());
            return;
        }
        String processKey = execution.getProcessDefinitionId().split(":")[0];
        CaseSummary opened = records.open(prefix, processKey, execution.getProcessInstanceId(),
                asLong(execution.getVariable(CaseRecords.MEMBER_ID)), asLong(execution.getVariable(CaseRecords.ORG_UNIT_ID)),
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                        : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId());
        execution.setProcessBusinessKey(opened.caseNumber());
        execution.setVariable(CaseRecords.CASE_NUMBER, opened.caseNumber());
        if (execution.getVariable(CaseRecords.UNION_CODE) == null && opened.orgUnitId() != null) {
            execution.setVariable(CaseRecords.ORG_UNIT_ID, opened.orgUnitId());
            execution.setVariable(CaseRecords.UNION_CODE, organisation.getById(opened.orgUnitId()).code());
        }
    }
}
