package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.HardshipCasework;

import static vn.unioncare.common.Values.asLong;
import static vn.unioncare.common.Values.asText;

/** Keeps the reviewer's proposal and notes (personal data, handed over transiently) with the request. */
@Component("hardshipReviewRecorder")
class ReviewRecorder implements TaskListener {

    private final HardshipCasework casework;

    ReviewRecorder(HardshipCasework casework) {
        this.casework = casework;
    }

    @Override
    public void notify(DelegateTask task) {
        Long proposed = asLong(task.getVariable(HardshipVariables.PROPOSED_AMOUNT));
        if (proposed != null) {
            casework.recordReview((String) task.getVariable(CaseRecords.CASE_NUMBER), proposed,
                    asText(task.getVariable(HardshipVariables.REVIEW_NOTES)));
        }
        task.getExecution().removeVariable(HardshipVariables.REVIEW_NOTES);
    }
}
