package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.training.EnrollmentCheck;
import vn.unioncare.training.EnrollmentIntake;
import vn.unioncare.training.EnrollmentRequest;

import java.util.Date;

import static vn.unioncare.training.process.TrainingVariables.*;

/** Gathers the facts of {@code enrollment-decision} and holds a seat or a waitlist place for an eligible member. */
@Component("enrollmentEligibility")
class EnrollmentEligibilityDelegate implements JavaDelegate {

    private final EnrollmentIntake intake;

    EnrollmentEligibilityDelegate(EnrollmentIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean referred = Boolean.TRUE.equals(execution.getVariable(REFERRED));
        EnrollmentCheck check = intake.check(new EnrollmentRequest(caseNumber(execution),
                execution.getProcessInstanceId(), longValue(execution, COHORT_ID),
                longValue(execution, CaseRecords.MEMBER_ID), (String) execution.getVariable(CaseStarter.REQUESTED_BY),
                referred));
        execution.setVariable(REFERRED, referred);
        execution.setVariable(NOMINATED, check.nominated());
        execution.setVariable(MEMBER_ACTIVE, check.memberActive());
        execution.setVariable(ALREADY_CERTIFIED, check.alreadyCertified());
        execution.setVariable(ALREADY_ENROLLED, check.alreadyEnrolled());
        execution.setVariable(COHORT_OPEN, check.cohortOpen());
        execution.setVariable(SEAT_LEFT, check.seatLeft());
        execution.setVariable(WAITLIST_POSITION, check.waitlistPosition());
        execution.setVariable(GRASSROOTS_GROUP, check.grassrootsGroup());
        execution.setVariable(TRAINER, check.trainerUsername());
        execution.setVariable(MEMBER_USERNAME, check.memberUsername());
        execution.setVariable(MEMBER_NAME, check.memberName());
        execution.setVariable(COHORT_TITLE, check.cohortTitle());
        execution.setVariable(ENROLLMENT_DEADLINE, Date.from(check.enrollmentDeadline()));
    }
}
