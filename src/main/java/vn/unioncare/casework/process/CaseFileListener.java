package vn.unioncare.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseSummary;

/**
 * Opens the case file when a process instance starts and closes it when the instance ends. Attached to every
 * process by {@link CaseFilePlugin}; the case number becomes the instance's business key and the variable
 * {@code caseNumber}.
 */
class CaseFileListener implements ExecutionListener {

    private final CaseRecords records;
    private final String prefix;

    CaseFileListener(CaseRecords records, String prefix) {
        this.records = records;
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
    }

    private static Long asLong(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && text.matches("[0-9]{1,18}")) {
            return Long.valueOf(text);
        }
        return null;
    }
}
