package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.JobReferralCasework;

/** On completing a check-in task (input {@code checkInDay} 30 or 90): whether the member is still employed. */
@Component("jobCheckInRecorder")
class CheckInRecorder implements TaskListener {

    private final JobReferralCasework casework;

    CheckInRecorder(JobReferralCasework casework) {
        this.casework = casework;
    }

    @Override
    public void notify(DelegateTask task) {
        Long day = JobReferralVariables.number(task, JobReferralVariables.CHECK_IN_DAY);
        if (day == null) {
            throw new IllegalArgumentException("a check-in task needs the input checkInDay (30 or 90)");
        }
        casework.recordCheckIn((String) task.getVariable(CaseRecords.CASE_NUMBER), day.intValue(),
                Boolean.TRUE.equals(task.getVariable(JobReferralVariables.STILL_EMPLOYED)));
    }
}
