package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.training.EnrollmentOutcomes;

/**
 * Gives the case's seat or waitlist place back (declined by the union, no seat by the deadline, cancelled by the
 * member: the {@code outcome} input says which, for the history); the first waitlisted member gets a freed seat.
 */
@Component("seatRelease")
class SeatReleaseDelegate implements JavaDelegate {

    private final EnrollmentOutcomes outcomes;

    SeatReleaseDelegate(EnrollmentOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.release(TrainingVariables.caseNumber(execution));
    }
}
