package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.training.EnrollmentOutcomes;

import static vn.unioncare.training.process.TrainingVariables.*;

/**
 * Records how an enrollment ended without a certificate ({@code outcome}): rejected (the decision's reason),
 * withdrawn by the trainer, or incomplete (the completion table's reason); the member is told.
 */
@Component("enrollmentOutcome")
class EnrollmentOutcomeDelegate implements JavaDelegate {

    private final EnrollmentOutcomes outcomes;

    EnrollmentOutcomeDelegate(EnrollmentOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = caseNumber(execution);
        switch (String.valueOf(execution.getVariable(OUTCOME))) {
            case "rejected" -> outcomes.reject(caseNumber, longValue(execution, COHORT_ID),
                    longValue(execution, CaseRecords.MEMBER_ID), (String) execution.getVariable(DECISION_REASON));
            case "withdrawn" -> outcomes.withdraw(caseNumber);
            case "incomplete" -> outcomes.incomplete(caseNumber, (String) execution.getVariable(COMPLETION_REASON));
            default -> throw new IllegalArgumentException("outcome must be rejected, withdrawn or incomplete: "
                    + execution.getVariable(OUTCOME));
        }
    }
}
