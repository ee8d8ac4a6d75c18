package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.safety.SafetyCasework;

/** When a safety case ends, the register shows the report as closed. */
@Component("safetyClosure")
class SafetyClosureListener implements ExecutionListener {

    private final SafetyCasework casework;

    SafetyClosureListener(SafetyCasework casework) {
        this.casework = casework;
    }

    @Override
    public void notify(DelegateExecution execution) {
        casework.close((String) execution.getVariable(CaseRecords.CASE_NUMBER));
    }
}
