package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.JobReferralCasework;

/** {@code jobReferralTraining}: the referral goes on as a course when the call activity to the training starts. */
@Component("jobReferralTraining")
class TrainingStartListener implements ExecutionListener {

    private final JobReferralCasework casework;

    TrainingStartListener(JobReferralCasework casework) {
        this.casework = casework;
    }

    @Override
    public void notify(DelegateExecution execution) {
        casework.sentToTraining((String) execution.getVariable(CaseRecords.CASE_NUMBER));
    }
}
