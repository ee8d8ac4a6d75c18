package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.training.EnrollmentOutcomes;

import static vn.unioncare.training.process.TrainingVariables.*;

/** Tells a member their place on the waitlist. */
@Component("enrollmentWaitlist")
class EnrollmentWaitlistDelegate implements JavaDelegate {

    private final EnrollmentOutcomes outcomes;

    EnrollmentWaitlistDelegate(EnrollmentOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.waitlisted(caseNumber(execution), (int) longValue(execution, WAITLIST_POSITION));
    }
}
