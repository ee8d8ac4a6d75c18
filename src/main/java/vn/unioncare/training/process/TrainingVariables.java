package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.unioncare.casework.CaseRecords;

/** The variables of {@code training-enrollment}: its start form's keys and what its steps add. */
final class TrainingVariables {

    static final String COHORT_ID = "cohortId";
    static final String REFERRED = "referredFromJobReferral";
    static final String NOMINATED = "nominated";
    static final String MEMBER_ACTIVE = "memberActive";
    static final String ALREADY_CERTIFIED = "alreadyCertified";
    static final String ALREADY_ENROLLED = "alreadyEnrolled";
    static final String COHORT_OPEN = "cohortOpen";
    static final String SEAT_LEFT = "seatLeft";
    static final String WAITLIST_POSITION = "waitlistPosition";
    static final String GRASSROOTS_GROUP = "grassrootsGroup";
    static final String TRAINER = "trainerUsername";
    static final String MEMBER_USERNAME = "memberUsername";
    static final String MEMBER_NAME = "memberName";
    static final String COHORT_TITLE = "cohortTitle";
    static final String ENROLLMENT_DEADLINE = "enrollmentDeadline";
    static final String DECISION_REASON = "decisionReason";
    static final String COMPLETION_REASON = "completionReason";
    static final String NEXT_SESSION = "nextSessionId";
    static final String NEXT_REMINDER = "nextReminderAt";
    static final String TEST_SCORE = "testScore";
    static final String VERIFICATION_CODE = "verificationCode";
    static final String OUTCOME = "outcome";

    private TrainingVariables() {
    }

    static String caseNumber(VariableScope scope) {
        return (String) scope.getVariable(CaseRecords.CASE_NUMBER);
    }

    static long longValue(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && text.strip().matches("\\d{1,18}")) {
            return Long.parseLong(text.strip());
        }
        throw new IllegalStateException(name + " is not a number: " + value);
    }
}
