package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.JobReferralCasework;

/** However a referral ends (also cancelled in Cockpit), its record is closed; a placed member stays placed. */
@Component("jobReferralClosure")
class JobReferralClosureListener implements ExecutionListener {

    private final JobReferralCasework casework;

    JobReferralClosureListener(JobReferralCasework casework) {
        this.casework = casework;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object caseNumber = execution.getVariable(CaseRecords.CASE_NUMBER);
        if (caseNumber != null) {
            casework.close(caseNumber.toString());
        }
    }
}
