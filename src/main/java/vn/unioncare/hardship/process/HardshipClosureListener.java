package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.HardshipCasework;

/** When a case ends unpaid however it ended (also cancelled in Cockpit), its commitment goes back to the fund. */
@Component("hardshipClosure")
class HardshipClosureListener implements ExecutionListener {

    private final HardshipCasework casework;

    HardshipClosureListener(HardshipCasework casework) {
        this.casework = casework;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object caseNumber = execution.getVariable(CaseRecords.CASE_NUMBER);
        if (caseNumber != null) {
            casework.closeUnpaid(caseNumber.toString());
        }
    }
}
