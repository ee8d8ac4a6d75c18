package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.unioncare.training.Attendance;

import static vn.unioncare.training.process.TrainingVariables.*;

/**
 * Puts the retake score the trainer submits into the cohort's records, as the trainer (who must be allowed to record
 * for the cohort), in the transaction that completes the task.
 */
@Component("retakeScoreRecorder")
class RetakeScoreRecorder implements TaskListener {

    private final Attendance attendance;

    RetakeScoreRecorder(Attendance attendance) {
        this.attendance = attendance;
    }

    @Override
    public void notify(DelegateTask task) {
        attendance.recordRetakeScore(caseNumber(task), (int) longValue(task, TEST_SCORE));
    }
}
