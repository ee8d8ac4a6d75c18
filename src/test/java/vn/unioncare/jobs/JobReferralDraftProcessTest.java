package vn.unioncare.jobs;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * The paths of the draft {@code job-referral} process (issue 7; its delegates are still to be written, so they are
 * stood in here): counselling with its reminder and escalation, each channel of the real {@code referral-channel}
 * table, referral letters per chosen vacancy, the 14-day follow-up call, the 30- and 90-day check-ins, re-referral up
 * to three times, and the digital-skills course through a call activity.
 */
@Deployment(resources = {"drafts/job-referral.bpmn", "processes/referral-channel.dmn",
        "drafts/training-enrollment-stub.bpmn"})
class JobReferralDraftProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("engine-tests.cfg.xml").build();

    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String WARD = "CD-P-CAU-GIAY:job-counsellor";
    private static final String CITY = "HLF:job-counsellor";

    private final List<String> reminders = new ArrayList<>();
    private final List<Object> letters = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();

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
        Mocks.register("vacancyMatching", (JavaDelegate) execution -> execution.setVariable("vacancyOptions",
                List.of(Map.of("label", "Thợ hàn – Công ty A", "value", "11"))));
        Mocks.register("referralLetter", (JavaDelegate) execution -> letters.add(execution.getVariable("vacancyId")));
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
        complete(task());
        assertThat(referral).hasPassed("EndEvent_Advised").isEnded();
        assertThat(closed).containsExactly("VL-2026-000001");
    }

    @Test
    void counsellingNotDoneInTwoWorkingDaysIsRemindedAndAfterThreeGoesToTheCity() {
        ProcessInstance referral = submit("receiving", "unemployed", 1, "good");
        assertThat(task()).hasCandidateGroup(WARD);

        execute(managementService().createJobQuery().activityId("Timer_CounselReminder").singleResult());
        assertThat(reminders).containsExactly("Task_Counsel");
        assertThat(referral).isWaitingAt("Task_Counsel");

        execute(managementService().createJobQuery().activityId("Timer_CounselEscalation").singleResult());
        assertThat(referral).isWaitingAt("Task_Counsel").hasPassed("Task_EscalateCounselling");
        assertThat(task()).hasCandidateGroup(CITY);
    }

    @Test
    void aHiredMemberIsVisitedAfterThirtyAndNinetyDaysThenTheCaseCloses() {
        ProcessInstance referral = submit("receiving", "unemployed", 2, "good");
        counsel();
        assertThat(referral).isWaitingAt("Task_ChooseVacancies").variables().containsKey("vacancyOptions");
        complete(task(), withVariables("chosenVacancies", List.of("11", "12")));
        execute(job());
        assertThat(letters).containsExactly("11", "12");

        assertThat(referral).isWaitingAt("Task_RecordOutcome");
        complete(task(), withVariables("outcome", "hired"));
        assertThat(referral).isWaitingAt("Timer_CheckIn30");
        execute(job());
        complete(task());
        assertThat(referral).isWaitingAt("Timer_CheckIn90");
        assertThat(job().getDuedate()).isAfter(java.util.Date.from(Instant.now().plus(java.time.Duration.ofDays(59))));
        execute(job());
        complete(task());

        assertThat(referral).hasPassed("EndEvent_Placed").isEnded();
    }

    @Test
    void anEmployerSilentForFourteenDaysGetsAFollowUpCallWhileTheAnswerIsStillAwaited() {
        ProcessInstance referral = submit("receiving", "unemployed", 2, "good");
        counsel();
        complete(task(), withVariables("chosenVacancies", List.of("11")));
        execute(job());

        execute(managementService().createJobQuery().activityId("Timer_EmployerSilent").singleResult());

        assertThat(referral).isWaitingAt("Task_RecordOutcome", "Task_FollowUpCall");
    }

    @Test
    void aMemberNotHiredIsReferredAgainUpToThreeTimesThenOfferedACourse() {
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
        complete(task(), withVariables("acceptsTraining", true));
        execute(job());
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("training-enrollment")
                .superProcessInstanceId(referral.getId()).count()).isEqualTo(1);
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
    }

    @Test
    void theNextJobFairIsTheChannelWhenNoVacancyMatchesAndTheMemberHasDigitalSkills() {
        ProcessInstance referral = submit("receiving", "unemployed", 0, "basic");
        counsel();

        assertThat(referral).isWaitingAt("Task_RegisterForJobFair");
        complete(task());
        assertThat(referral).isWaitingAt("Task_RecordOutcome");
    }

    @Test
    void aMemberWithoutDigitalSkillsAndNoMatchingVacancyIsEnrolledInACourse() {
        ProcessInstance referral = submit("not-eligible", "employed-seeking", 0, "none");
        counsel();

        execute(job());

        assertThat(referral).isWaitingAt("CallActivity_Training");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("training-enrollment")
                .superProcessInstanceId(referral.getId()).singleResult()).isNotNull();
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

    private void counsel() {
        complete(taskQuery().taskDefinitionKey("Task_Counsel").singleResult());
    }
}
