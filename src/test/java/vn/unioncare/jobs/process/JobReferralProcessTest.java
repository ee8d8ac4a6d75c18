package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path and timer of the shipped {@code job-referral} process on mocked beans: counselling with its reminder and
 * escalation, each channel of the real {@code referral-channel} table, referral letters per chosen vacancy, the
 * 14-day follow-up call, the 30- and 90-day check-ins (due on the days counted from the start of work), re-referral
 * up to three times, and the course (also the digital-skills channel) through the call activity, here to a stub.
 */
@Deployment(resources = {"processes/job-referral.bpmn", "processes/referral-channel.dmn",
        "drafts/training-enrollment-stub.bpmn"})
class JobReferralProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("engine-tests.cfg.xml").build();

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), HANOI);
    private static final String WARD = "CD-P-CAU-GIAY:job-counsellor";
    private static final String CITY = "HLF:job-counsellor";

    private final List<String> reminders = new ArrayList<>();
    private final List<Object> letters = new ArrayList<>();
    private final List<String> channels = new ArrayList<>();
    private final List<Object> answers = new ArrayList<>();
    private final List<Object> checkIns = new ArrayList<>();
    private final List<String> trainings = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();

    private boolean vacanciesLeft = true;

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        new FakeHardshipBeans().register(MONDAY_MORNING);
        Mocks.register("jobSeekerIntake", (ExecutionListener) execution -> {
            execution.setVariable("caseNumber", "VL-2026-000001");
            execution.setVariable("counsellorGroup", WARD);
            execution.setVariable("referralCount", 0);
            execution.setVariable("channelRuleVersion", execution.getProcessEngineServices().getRepositoryService()
                    .createDecisionDefinitionQuery().decisionDefinitionKey("referral-channel").latestVersion()
                    .singleResult().getVersion());
        });
        Mocks.register("remindTask", (JavaDelegate) execution -> reminders.add(
                (String) execution.getVariable("taskDefinitionKey")));
        Mocks.register("jobCounsellingEscalation", (JavaDelegate) execution -> execution.setVariable("counsellorGroup",
                CITY));
        // openVacancies is a start variable of these tests; the real listener counts the ranked vacancies
        Mocks.register("referralChannelFacts", (ExecutionListener) execution -> {
            if (execution.getVariable("channel") != null) {
                channels.add((String) execution.getVariable("channel"));
            }
        });
        Mocks.register("jobVacancyRanking", (JavaDelegate) execution -> execution.setVariable("vacancyOptions",
                vacanciesLeft ? List.of(Map.of("label", "87 điểm – Thợ hàn – Công ty A", "value", "11")) : List.of()));
        Mocks.register("referralLetter", (JavaDelegate) execution -> letters.add(execution.getVariable("vacancyId")));
        Mocks.register("jobOutcomeRecorder", (TaskListener) task -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                answers.add(task.getVariable("outcome"));
            }
        });
        Mocks.register("jobCheckInRecorder", (TaskListener) task -> checkIns.add(task.getVariable("checkInDay")));
        Mocks.register("checkInDates", new CheckInDates(MONDAY_MORNING));
        Mocks.register("jobReferralTraining", (ExecutionListener) execution -> trainings.add(
                (String) execution.getVariable("caseNumber")));
        Mocks.register("jobReferralClosure", (ExecutionListener) execution -> closed.add(
                (String) execution.getVariable("caseNumber")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void aMemberWhoHasNotClaimedUnemploymentInsuranceIsAdvisedFirst() {
        ProcessInstance referral = submit("not-claimed", "unemployed", 3, "basic");
        counsel();

        assertThat(referral).isWaitingAt("Task_AdviseInsurance");
        assertThat(channels).containsExactly("insurance-advice");
        complete(task());
        assertThat(referral).hasPassed("EndEvent_Advised").isEnded();
        assertThat(closed).containsExactly("VL-2026-000001");
    }

    @Test
    void counsellingNotDoneInTwoWorkingDaysIsRemindedAndAfterThreeGoesToTheCity() {
        ProcessInstance referral = submit("receiving", "unemployed", 1, "good");
        assertThat(task()).hasCandidateGroup(WARD);
        assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-26T01:00:00Z")));

        executeTimerAndItsStep("Timer_CounselReminder");
        assertThat(reminders).containsExactly("Task_Counsel");
        assertThat(referral).isWaitingAt("Task_Counsel");

        executeTimerAndItsStep("Timer_CounselEscalation");
        assertThat(referral).isWaitingAt("Task_Counsel").hasPassed("Task_EscalateCounselling");
        assertThat(task()).hasCandidateGroup(CITY);
    }

    @Test
    void aHiredMemberIsVisitedThirtyAndNinetyDaysAfterStartingWorkThenTheCaseCloses() {
        ProcessInstance referral = submit("receiving", "unemployed", 2, "good");
        counsel();
        assertThat(referral).isWaitingAt("Task_ChooseVacancies").variables().containsKey("vacancyOptions");
        complete(task(), withVariables("chosenVacancies", List.of("11", "12")));
        execute(job());
        assertThat(letters).containsExactlyInAnyOrder("11", "12");

        assertThat(referral).isWaitingAt("Task_RecordOutcome");
        complete(task(), withVariables("outcome", "hired", "hiredVacancy", "11", "startDate", "2026-12-01"));
        assertThat(answers).containsExactly("hired");
        assertThat(referral).isWaitingAt("Timer_CheckIn30");
        assertThat(job().getDuedate()).isEqualTo(hanoi("2026-12-28T08:00"));
        execute(job());
        assertThat(task()).hasDefinitionKey("Task_CheckIn30");
        assertThat(task().getDueDate()).isEqualTo(hanoi("2026-12-31T17:00"));
        complete(task(), withVariables("stillEmployed", true));

        assertThat(referral).isWaitingAt("Timer_CheckIn90");
        assertThat(job().getDuedate()).isEqualTo(hanoi("2027-02-26T08:00"));
        execute(job());
        assertThat(task().getDueDate()).isEqualTo(hanoi("2027-03-01T17:00"));
        complete(task(), withVariables("stillEmployed", true));

        assertThat(checkIns).containsExactly("30", "90");
        assertThat(referral).hasPassed("EndEvent_Placed").isEnded();
        assertThat(closed).containsExactly("VL-2026-000001");
    }

    @Test
    void anEmployerSilentForFourteenDaysGetsAFollowUpCallWhileTheAnswerIsStillAwaited() {
        ProcessInstance referral = submit("receiving", "unemployed", 2, "good");
        counsel();
        complete(task(), withVariables("chosenVacancies", List.of("11")));
        execute(job());

        Instant fourteenDays = Instant.now().plus(java.time.Duration.ofDays(14));
        assertThat(managementService().createJobQuery().activityId("Timer_EmployerSilent").singleResult()
                .getDuedate().toInstant()).isBetween(fourteenDays.minusSeconds(120), fourteenDays);
        execute(managementService().createJobQuery().activityId("Timer_EmployerSilent").singleResult());

        assertThat(referral).isWaitingAt("Task_RecordOutcome", "Task_FollowUpCall");
        complete(taskQuery().taskDefinitionKey("Task_FollowUpCall").singleResult());
        assertThat(referral).hasPassed("EndEvent_FollowedUp").isWaitingAt("Task_RecordOutcome");
    }

    @Test
    void aMemberNotHiredIsReferredAgainUpToThreeTimesThenOfferedACourseWithItsCohort() {
        ProcessInstance referral = submit("receiving", "unemployed", 2, "none");
        counsel();
        for (int referrals = 1; referrals <= 3; referrals++) {
            assertThat(referral).isWaitingAt("Task_ChooseVacancies");
            complete(task(), withVariables("chosenVacancies", List.of("1" + referrals)));
            execute(job());
            complete(taskQuery().taskDefinitionKey("Task_RecordOutcome").singleResult(),
                    withVariables("outcome", "not-hired"));
        }

        assertThat(referral).isWaitingAt("Task_OfferTraining").variables().containsEntry("referralCount", 3L);
        complete(task(), withVariables("acceptsTraining", true, "cohortId", "42"));
        execute(job());
        assertTrainingStartedWithCohort(referral, "42");
    }

    @Test
    void aReReferralThatFindsNoVacancyLeftGoesStraightToTheCourseOffer() {
        ProcessInstance referral = submit("receiving", "unemployed", 2, "none");
        counsel();
        complete(task(), withVariables("chosenVacancies", List.of("11")));
        execute(job());
        vacanciesLeft = false;

        complete(taskQuery().taskDefinitionKey("Task_RecordOutcome").singleResult(), withVariables("outcome", "not-hired"));

        assertThat(referral).hasPassed("Task_RankVacancies").isWaitingAt("Task_OfferTraining");
    }

    @Test
    void aMemberWhoDeclinesTheCourseAfterThreeReferralsIsClosedWithoutAPlacement() {
        ProcessInstance referral = submit("receiving", "unemployed", 2, "good");
        counsel();
        for (int referrals = 1; referrals <= 3; referrals++) {
            complete(task(), withVariables("chosenVacancies", List.of("1" + referrals)));
            execute(job());
            complete(task(), withVariables("outcome", "not-hired"));
        }
        complete(task(), withVariables("acceptsTraining", false));

        assertThat(referral).hasPassed("EndEvent_NotPlaced").isEnded();
        assertThat(trainings).isEmpty();
    }

    @Test
    void theNextJobFairIsTheChannelWhenNoVacancyMatchesAndTheMemberHasDigitalSkills() {
        ProcessInstance referral = submit("receiving", "unemployed", 0, "basic");
        counsel();

        assertThat(referral).isWaitingAt("Task_RegisterForJobFair");
        complete(task());
        assertThat(referral).isWaitingAt("Task_RecordOutcome");
        complete(task(), withVariables("outcome", "hired", "hiredBy", "Công ty B", "startDate", "2026-12-01"));
        assertThat(referral).isWaitingAt("Timer_CheckIn30");
    }

    @Test
    void aMemberWithoutDigitalSkillsAndNoMatchingVacancyIsOfferedACourseAndEnrolledInTheChosenCohort() {
        ProcessInstance referral = submit("not-eligible", "employed-seeking", 0, "none");
        counsel();

        assertThat(channels).containsExactly("digital-skills");
        assertThat(referral).isWaitingAt("Task_OfferTraining");
        complete(task(), withVariables("acceptsTraining", true, "cohortId", "7"));
        execute(job());

        assertThat(referral).isWaitingAt("CallActivity_Training");
        assertTrainingStartedWithCohort(referral, "7");
    }

    private void assertTrainingStartedWithCohort(ProcessInstance referral, String cohortId) {
        ProcessInstance training = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("training-enrollment").superProcessInstanceId(referral.getId()).singleResult();
        assertThat(training).isNotNull();
        assertThat(runtimeService().getVariables(training.getId())).containsEntry("memberId", 7L)
                .containsEntry("cohortId", cohortId).containsEntry("referredFromJobReferral", true)
                .containsEntry("jobReferralCaseNumber", "VL-2026-000001");
        assertThat(trainings).containsExactly("VL-2026-000001");
    }

    private ProcessInstance submit(String uiStatus, String employmentStatus, int openVacancies, String digitalSkills) {
        ProcessInstance referral = runtimeService().startProcessInstanceByKey("job-referral", withVariables(
                "memberId", 7L, "uiStatus", uiStatus, "employmentStatus", employmentStatus,
                "openVacancies", openVacancies, "digitalSkills", digitalSkills));
        assertThat(referral).isWaitingAt("StartEvent_ProfileSubmitted");
        execute(job());
        assertThat(referral).isWaitingAt("Task_Counsel");
        return referral;
    }

    /** A timer and the asynchronous service task after it are two jobs. */
    private static void executeTimerAndItsStep(String timerId) {
        execute(managementService().createJobQuery().activityId(timerId).singleResult());
        execute(managementService().createJobQuery().messages().singleResult());
    }

    private static Date hanoi(String localDateTime) {
        return Date.from(java.time.LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant());
    }

    private void counsel() {
        complete(taskQuery().taskDefinitionKey("Task_Counsel").singleResult());
    }
}
