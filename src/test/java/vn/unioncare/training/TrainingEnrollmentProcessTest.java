package vn.unioncare.training;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.unioncare.hardship.process.FakeHardshipBeans;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code training-enrollment} with its real decision tables and stand-in delegates: refusals, the
 * grassroots confirmation with its 2-working-day auto-approval, the waitlist with promotion and the enrollment deadline,
 * reminders the day before each session, the absence review, results with one retake, certificates, the feedback survey
 * 7 days later (or not, without an account, or expired), and cancellation at any stage.
 */
@Deployment(resources = {"processes/training-enrollment.bpmn", "processes/enrollment-decision.dmn",
        "processes/course-completion.dmn"})
class TrainingEnrollmentProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("engine-tests.cfg.xml").build();

    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String SCHOOL_CHAIRS = "CS-THCS-NGHIA-TAN:chair";
    private static final Date FIRST_REMINDER = Date.from(Instant.parse("2026-12-06T01:00:00Z"));
    private static final Date SECOND_REMINDER = Date.from(Instant.parse("2026-12-13T01:00:00Z"));

    private final Map<String, Object> facts = new HashMap<>();
    private final List<String> outcomes = new ArrayList<>();
    private final List<String> waitlisted = new ArrayList<>();
    private final List<String> confirmed = new ArrayList<>();
    private final List<Date> remindersSent = new ArrayList<>();
    private final List<String> certificates = new ArrayList<>();
    private final List<Object> retakeScores = new ArrayList<>();
    private final Deque<Date> upcomingReminders = new ArrayDeque<>();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        new FakeHardshipBeans().register(MONDAY_MORNING);
        facts.putAll(Map.of("memberActive", true, "alreadyCertified", false, "alreadyEnrolled", false,
                "cohortOpen", true, "seatLeft", true));
        facts.put("memberUsername", "member");
        upcomingReminders.addAll(List.of(FIRST_REMINDER, SECOND_REMINDER));
        Mocks.register("enrollmentEligibility", (JavaDelegate) execution -> {
            execution.setVariables(facts);
            execution.setVariable("grassrootsGroup", SCHOOL_CHAIRS);
            execution.setVariable("trainerUsername", "trainer");
            execution.setVariable("cohortTitle", "Kỹ năng sử dụng điện thoại thông minh – lớp 1");
            execution.setVariable("memberName", "Nguyễn Văn An");
            execution.setVariable("enrollmentDeadline", Date.from(Instant.parse("2026-12-01T10:00:00Z")));
            defaultTo(execution, "referredFromJobReferral", false);
            defaultTo(execution, "nominated", false);
        });
        Mocks.register("enrollmentOutcome", (JavaDelegate) execution -> outcomes.add(
                (String) execution.getVariable("outcome")));
        Mocks.register("seatRelease", (JavaDelegate) execution -> outcomes.add(
                "released:" + execution.getVariable("outcome")));
        Mocks.register("enrollmentWaitlist", (JavaDelegate) execution -> waitlisted.add(execution.getProcessInstanceId()));
        Mocks.register("enrollmentConfirmation", (JavaDelegate) execution -> {
            confirmed.add(execution.getProcessInstanceId());
            execution.setVariable("nextReminderAt", upcomingReminders.peekFirst());
        });
        Mocks.register("sessionReminder", (JavaDelegate) execution -> {
            remindersSent.add(upcomingReminders.pollFirst());
            execution.setVariable("nextReminderAt", upcomingReminders.peekFirst());
        });
        Mocks.register("retakeScoreRecorder", (TaskListener) task -> retakeScores.add(task.getVariable("testScore")));
        Mocks.register("trainingCertificate", (JavaDelegate) execution -> certificates.add(
                execution.getProcessInstanceId()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void aMemberWhoIsNoLongerActiveIsRefused() {
        facts.put("memberActive", false);

        ProcessInstance enrollment = enroll(Map.of());
        execute(jobAt("Task_RecordRejection"));

        assertThat(enrollment).hasPassed("Task_RecordRejection", "EndEvent_Rejected").isEnded()
                .variables().containsEntry("decision", "reject-inactive");
        assertThat(outcomes).containsExactly("rejected");
    }

    @Test
    void aMemberWhoAlreadyHoldsTheCertificateIsRefused() {
        facts.put("alreadyCertified", true);

        ProcessInstance enrollment = enroll(Map.of());
        execute(jobAt("Task_RecordRejection"));

        assertThat(enrollment).hasPassed("EndEvent_Rejected").isEnded()
                .variables().containsEntry("decision", "reject-certified");
    }

    @Test
    void aSelfEnrolledMemberWithASeatIsConfirmedByTheGrassrootsUnionThenRemindedBeforeEachSession() {
        ProcessInstance enrollment = enroll(Map.of());

        assertThat(enrollment).isWaitingAt("Task_ConfirmNomination");
        assertThat(task()).hasCandidateGroup(SCHOOL_CHAIRS);
        complete(task(), withVariables("nominationDecision", "nominate"));
        execute(jobAt("Task_ConfirmEnrollment"));

        assertThat(confirmed).containsExactly(enrollment.getId());
        assertThat(enrollment).isWaitingAt("Timer_DayBeforeSession");
        assertThat(jobAt("Timer_DayBeforeSession").getDuedate()).isEqualTo(FIRST_REMINDER);
        remindNextSession();
        assertThat(jobAt("Timer_DayBeforeSession").getDuedate()).isEqualTo(SECOND_REMINDER);
        remindNextSession();
        assertThat(remindersSent).containsExactly(FIRST_REMINDER, SECOND_REMINDER);
        assertThat(enrollment).hasPassed("EndEvent_SessionsReminded").isWaitingAt("Message_AwaitResults");

        results(enrollment, 90, 85);
        execute(jobAt("Task_IssueCertificate"));
        assertThat(enrollment).hasPassed("Task_IssueCertificate").isWaitingAt("Timer_Feedback")
                .variables().containsEntry("completion", "certified");
        assertThat(certificates).containsExactly(enrollment.getId());

        execute(jobAt("Timer_Feedback"));
        assertThat(enrollment).isWaitingAt("Task_Feedback");
        assertThat(task()).isAssignedTo("member");
        complete(task(), withVariables("rating", "5"));
        assertThat(enrollment).hasPassed("EndEvent_Closed").isEnded();
    }

    @Test
    void aConfirmationNotGivenInTwoWorkingDaysIsApprovedAutomatically() {
        ProcessInstance enrollment = enroll(Map.of());
        Job timeout = jobAt("Timer_ConfirmationTimeout");
        assertThat(timeout.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-25T01:00:00Z")));

        execute(timeout);
        execute(jobAt("Task_ConfirmEnrollment"));

        assertThat(enrollment).hasPassed("Timer_ConfirmationTimeout").isWaitingAt("Timer_DayBeforeSession");
        assertThat(confirmed).containsExactly(enrollment.getId());
    }

    @Test
    void aGrassrootsUnionThatDeclinesGivesTheSeatBack() {
        ProcessInstance enrollment = enroll(Map.of());

        assertThat(enrollment).isWaitingAt("Task_ConfirmNomination");
        complete(task(), withVariables("nominationDecision", "decline", "nominationNote", "Đang nghỉ thai sản"));
        execute(jobAt("Task_ReleaseDeclined"));

        assertThat(enrollment).hasPassed("EndEvent_Declined").isEnded();
        assertThat(outcomes).containsExactly("released:declined");
    }

    @Test
    void aMemberReferredByJobReferralOrNominatedByTheUnionIsApprovedWithoutConfirmation() {
        ProcessInstance referred = enroll(Map.of("referredFromJobReferral", true));
        ProcessInstance nominated = enroll(Map.of("nominated", true));

        for (ProcessInstance enrollment : List.of(referred, nominated)) {
            assertThat(enrollment).hasNotPassed("Task_ConfirmNomination").isWaitingAt("Task_ConfirmEnrollment")
                    .variables().containsEntry("decision", "approve");
        }
    }

    @Test
    void aWaitlistedMemberIsPromotedWhenASeatIsOffered() {
        facts.put("seatLeft", false);
        ProcessInstance enrollment = enroll(Map.of());
        execute(jobAt("Task_Waitlist"));
        assertThat(waitlisted).containsExactly(enrollment.getId());
        assertThat(enrollment).isWaitingAt("Gateway_AwaitSeat");
        assertThat(jobs("Timer_EnrollmentClosed")).hasSize(1);

        runtimeService().createMessageCorrelation("TrainingSeatOffered").processInstanceId(enrollment.getId())
                .correlate();

        assertThat(enrollment).hasPassed("Message_SeatOffered").isWaitingAt("Task_ConfirmEnrollment");
    }

    @Test
    void aWaitlistedMemberWithoutASeatByTheEnrollmentDeadlineLeavesTheList() {
        facts.put("seatLeft", false);
        ProcessInstance enrollment = enroll(Map.of());
        execute(jobAt("Task_Waitlist"));
        Job deadline = jobAt("Timer_EnrollmentClosed");
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-01T10:00:00Z")));

        execute(deadline);
        execute(jobAt("Task_ReleaseWaitlisted"));

        assertThat(enrollment).hasPassed("EndEvent_NoSeat").isEnded();
        assertThat(outcomes).containsExactly("released:no-seat");
    }

    @Test
    void twoAbsencesGoToTheTrainerWhoLetsTheMemberContinue() {
        ProcessInstance enrollment = enrolledAndInCourse();
        remindNextSession();

        runtimeService().createMessageCorrelation("TrainingAbsences").processInstanceId(enrollment.getId()).correlate();
        assertThat(enrollment).isWaitingAt("Task_ReviewAbsences");
        assertThat(task()).isAssignedTo("trainer");
        complete(task(), withVariables("absenceDecision", "continue", "absenceNote", "Ốm, đã có giấy"));

        assertThat(enrollment).isWaitingAt("Timer_DayBeforeSession");
        assertThat(jobAt("Timer_DayBeforeSession").getDuedate()).isEqualTo(SECOND_REMINDER);
    }

    @Test
    void aTrainerCanWithdrawAMemberWhoKeepsMissingSessions() {
        ProcessInstance enrollment = enrolledAndInCourse();

        runtimeService().createMessageCorrelation("TrainingAbsences").processInstanceId(enrollment.getId()).correlate();
        complete(task(), withVariables("absenceDecision", "withdraw", "absenceNote", "Không liên lạc được"));
        execute(jobAt("Task_Withdraw"));

        assertThat(enrollment).hasPassed("EndEvent_Withdrawn").isEnded();
        assertThat(outcomes).containsExactly("withdrawn");
    }

    @Test
    void resultsThatArriveDuringAnAbsenceReviewAreAssessed() {
        ProcessInstance enrollment = enrolledAndInCourse();
        runtimeService().createMessageCorrelation("TrainingAbsences").processInstanceId(enrollment.getId()).correlate();

        results(enrollment, 60, 90);
        execute(jobAt("Task_RecordIncomplete"));

        assertThat(enrollment).hasPassed("Message_ResultsDuringReview", "Task_RecordIncomplete")
                .isWaitingAt("Timer_Feedback");
        assertThat(outcomes).containsExactly("incomplete");
    }

    @Test
    void resultsThatArriveBeforeTheLastReminderEndTheCourse() {
        ProcessInstance enrollment = enrolledAndInCourse();

        results(enrollment, 100, 95);
        execute(jobAt("Task_IssueCertificate"));

        assertThat(enrollment).hasPassed("Message_ResultsDuringCourse").isWaitingAt("Timer_Feedback");
        assertThat(jobs("Timer_DayBeforeSession")).isEmpty();
    }

    @Test
    void aFailedTestWithGoodAttendanceGetsOneRetakeThatCanCertify() {
        ProcessInstance enrollment = finishedCourse(85, 50);

        assertThat(enrollment).isWaitingAt("Task_Retake").variables().containsEntry("completion", "retake")
                .containsEntry("firstScore", 50);
        assertThat(task()).isAssignedTo("trainer");
        complete(task(), withVariables("testScore", 75));
        execute(jobAt("Task_IssueCertificate"));

        assertThat(enrollment).hasPassed("Task_IssueCertificate").isWaitingAt("Timer_Feedback")
                .variables().containsEntry("retakeUsed", true);
        assertThat(certificates).hasSize(1);
        assertThat(retakeScores).containsExactly(75);
    }

    @Test
    void aFailedRetakeLeavesTheCourseIncomplete() {
        ProcessInstance enrollment = finishedCourse(85, 50);

        complete(task(), withVariables("testScore", 60));
        execute(jobAt("Task_RecordIncomplete"));

        assertThat(enrollment).hasPassed("Task_RecordIncomplete").isWaitingAt("Timer_Feedback");
        assertThat(certificates).isEmpty();
        assertThat(outcomes).containsExactly("incomplete");
    }

    @Test
    void aFeedbackSurveyNotAnsweredInFourteenDaysClosesTheCase() {
        ProcessInstance enrollment = finishedCourse(70, 90);
        execute(jobAt("Task_RecordIncomplete"));
        execute(jobAt("Timer_Feedback"));

        execute(jobAt("Timer_FeedbackExpired"));

        assertThat(enrollment).hasPassed("Timer_FeedbackExpired", "EndEvent_Closed").isEnded();
    }

    @Test
    void aMemberWithoutAnAccountIsNotAskedForFeedback() {
        facts.put("memberUsername", null);
        ProcessInstance enrollment = finishedCourse(100, 100);
        execute(jobAt("Task_IssueCertificate"));

        execute(jobAt("Timer_Feedback"));

        assertThat(enrollment).hasNotPassed("Task_Feedback").hasPassed("EndEvent_Closed").isEnded();
    }

    @Test
    void aMemberCanCancelWhileWaitlistedOrEnrolledAndTheSeatIsGivenBack() {
        facts.put("seatLeft", false);
        ProcessInstance waiting = enroll(Map.of());
        execute(jobAt("Task_Waitlist"));
        facts.put("seatLeft", true);
        ProcessInstance learning = enrolledAndInCourse();

        for (ProcessInstance enrollment : List.of(waiting, learning)) {
            runtimeService().createMessageCorrelation("TrainingCancelled").processInstanceId(enrollment.getId())
                    .correlate();
            execute(managementService().createJobQuery().processInstanceId(enrollment.getId())
                    .activityId("Task_ReleaseCancelled").singleResult());
            assertThat(enrollment).hasPassed("EndEvent_Cancelled").isEnded();
        }
        assertThat(outcomes).containsExactly("released:cancelled", "released:cancelled");
    }

    private ProcessInstance enroll(Map<String, Object> variables) {
        Map<String, Object> start = new HashMap<>(Map.of("cohortId", "7", "memberId", 41L));
        start.putAll(variables);
        ProcessInstance enrollment = runtimeService().startProcessInstanceByKey("training-enrollment", start);
        execute(managementService().createJobQuery().processInstanceId(enrollment.getId())
                .activityId("Task_CheckEligibility").singleResult());
        return enrollment;
    }

    private ProcessInstance enrolledAndInCourse() {
        ProcessInstance enrollment = enroll(Map.of("nominated", true));
        execute(managementService().createJobQuery().processInstanceId(enrollment.getId())
                .activityId("Task_ConfirmEnrollment").singleResult());
        assertThat(enrollment).isWaitingAt("Timer_DayBeforeSession");
        return enrollment;
    }

    private ProcessInstance finishedCourse(int attendancePercent, int testScore) {
        ProcessInstance enrollment = enrolledAndInCourse();
        remindNextSession();
        remindNextSession();
        results(enrollment, attendancePercent, testScore);
        return enrollment;
    }

    private void remindNextSession() {
        execute(jobAt("Timer_DayBeforeSession"));
        execute(jobAt("Task_RemindSession"));
    }

    private static void results(ProcessInstance enrollment, int attendancePercent, int testScore) {
        runtimeService().createMessageCorrelation("TrainingResults").processInstanceId(enrollment.getId())
                .setVariable("attendancePercent", attendancePercent).setVariable("testScore", testScore)
                .setVariable("retakeUsed", false).correlate();
    }

    private static Job jobAt(String activityId) {
        List<Job> jobs = jobs(activityId);
        assertThat(jobs).as("jobs at %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    private static List<Job> jobs(String activityId) {
        return managementService().createJobQuery().activityId(activityId).list();
    }

    private static void defaultTo(DelegateExecution execution, String name, Object value) {
        if (execution.getVariable(name) == null) {
            execution.setVariable(name, value);
        }
    }
}
