package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.JobReferralCasework;

/** "Escalate counselling to the city" (element template): the city's job counsellors take over and are told. */
@Component("jobCounsellingEscalation")
class CounsellingEscalationDelegate implements JavaDelegate {

    private final JobReferralCasework casework;

    CounsellingEscalationDelegate(JobReferralCasework casework) {
        this.casework = casework;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(JobReferralVariables.COUNSELLOR_GROUP,
                casework.escalateToCity((String) execution.getVariable(CaseRecords.CASE_NUMBER)));
    }
}
