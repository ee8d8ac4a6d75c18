package vn.unioncare.safety;

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
import java.time.temporal.ChronoUnit;
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
 * The paths of the {@code safety-incident} process, with the real severity table and the real hardship process
 * behind the call activity, and UnionCare's beans stood in: the hazard path, each accident severity, the 4-hour notification check and its escalation, the legal
 * investigation deadline, the union's recommendation and a hardship case per victim.
 */
@Deployment(resources = {"processes/safety-incident.bpmn", "processes/incident-severity.dmn",
        "processes/hardship-assistance.bpmn", "processes/hardship-eligibility.dmn",
        "processes/hardship-approval-level.dmn"})
class SafetyIncidentProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("engine-tests.cfg.xml").build();

    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    private final List<String> escalations = new ArrayList<>();
    private final List<String> recommendations = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        new FakeHardshipBeans().register(MONDAY_MORNING);
        Mocks.register("safetyIntake", (ExecutionListener) execution -> {
            execution.setVariable("caseNumber", "AT-2026-000001");
            execution.setVariable("severityRuleVersion", execution.getProcessEngineServices().getRepositoryService()
                    .createDecisionDefinitionQuery().decisionDefinitionKey("incident-severity").latestVersion()
                    .singleResult().getVersion());
        });
        Mocks.register("safetyRouting", (JavaDelegate) execution -> {
            String lead = Map.of("CITY", "HLF:safety", "DIRECT_SUPERIOR", "CD-KCN-HN:chair", "GRASSROOTS",
                    "CS-DT-THANG-LONG:chair").get((String) execution.getVariable("leadLevel"));
            execution.setVariable("leadGroup", lead);
            execution.setVariable("grassrootsChairGroup", "CS-DT-THANG-LONG:chair");
            execution.setVariable("citySafetyGroup", "HLF:safety");
            int days = (Integer) execution.getVariable("investigationDays");
            execution.setVariable("investigationDue", Date.from(MONDAY_MORNING.instant().plus(days, ChronoUnit.DAYS)));
        });
        Mocks.register("safetyEscalation", (JavaDelegate) execution -> escalations.add((String) execution.getVariable("about")));
        Mocks.register("safetyClosure", (ExecutionListener) execution -> closed.add(
                (String) execution.getVariable("caseNumber")));
        Mocks.register("safetyRecommendation", (JavaDelegate) execution -> recommendations.add(
                (String) execution.getVariable("caseNumber")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void hazardIsAssessedCorrectedByTheWorkplaceUnionVerifiedAndClosed() {
        ProcessInstance incident = report("hazard", 0, 0, List.of());

        assertThat(incident).isWaitingAt("Task_AssessHazard");
        assertThat(task()).hasCandidateGroup("CS-DT-THANG-LONG:chair");
        complete(task());
        assertThat(incident).isWaitingAt("Task_CorrectHazard");
        complete(task());
        complete(task(), withVariables("correctionVerified", true));

        assertThat(incident).hasPassed("EndEvent_HazardResolved").hasNotPassed("Task_NominateInvestigator").isEnded();
        assertThat(closed).containsExactly("AT-2026-000001");
    }

    @Test
    void hazardCorrectionThatDoesNotPassVerificationGoesBackToTheWorkplaceUnion() {
        ProcessInstance incident = report("hazard", 0, 0, List.of());
        complete(task());
        complete(task());

        complete(task(), withVariables("correctionVerified", false));

        assertThat(incident).isWaitingAt("Task_CorrectHazard");
        assertThat(task()).hasCandidateGroup("CS-DT-THANG-LONG:chair");
        assertThat(closed).isEmpty();
    }

    @Test
    void nearMissTakesTheShortPathOfAHazard() {
        ProcessInstance incident = report("near-miss", 0, 0, List.of());

        assertThat(incident).isWaitingAt("Task_AssessHazard").variables().containsEntry("severity", "hazard");
    }

    @Test
    void lightAccidentNeedsNoImmediateNoticeAndIsInvestigatedWithinFourDaysThenFollowedUp() {
        ProcessInstance incident = report("accident", 0, 0, List.of());

        assertThat(incident).hasNotPassed("Task_CheckNotification")
                .isWaitingAt("Task_VisitVictims", "Task_NominateInvestigator").variables()
                .containsEntry("severity", "light").containsEntry("investigationDays", 4);
        investigateAndAgree(incident);
        complete(taskQuery().taskDefinitionKey("Task_VisitVictims").singleResult());
        execute(job());

        assertThat(incident).isWaitingAt("Timer_FollowUp");
        execute(job());
        complete(task());
        assertThat(incident).hasPassed("EndEvent_Closed").isEnded();
        assertThat(closed).containsExactly("AT-2026-000001");
    }

    @Test
    void fatalAccidentNotCheckedWithinFourHoursGoesToTheCitySafetyOfficer() {
        ProcessInstance incident = report("accident", 1, 0, List.of());

        assertThat(incident).isWaitingAt("Task_CheckNotification").variables()
                .containsEntry("severity", "fatal").containsEntry("investigationDays", 30);
        assertThat(task().getDueDate()).isCloseTo(new Date(System.currentTimeMillis() + 4 * 3_600_000L), 60_000);
        execute(managementService().createJobQuery().activityId("Timer_NotificationOverdue").singleResult());

        assertThat(escalations).containsExactly("notification");
        assertThat(incident).isWaitingAt("Task_CityChecksNotification");
        assertThat(task()).hasCandidateGroup("HLF:safety");
        complete(task());
        assertThat(incident).isWaitingAt("Task_VisitVictims", "Task_NominateInvestigator");
    }

    @Test
    void twoSeriouslyInjuredAreCheckedInTimeAndInvestigatedByTheProvincialTeamWithinTwentyDays() {
        ProcessInstance incident = report("accident", 0, 2, List.of());

        assertThat(incident).isWaitingAt("Task_CheckNotification").variables()
                .containsEntry("severity", "serious-multiple").containsEntry("investigationDays", 20)
                .containsEntry("leadLevel", "DIRECT_SUPERIOR");
        complete(task());

        assertThat(escalations).isEmpty();
        assertThat(taskQuery().taskDefinitionKey("Task_NominateInvestigator").singleResult())
                .hasCandidateGroup("CD-KCN-HN:chair");
    }

    @Test
    void oneSeriouslyInjuredIsInvestigatedByTheEmployersTeamWithinSevenDaysLedByTheGrassrootsUnion() {
        ProcessInstance incident = report("accident", 0, 1, List.of());

        assertThat(incident).hasNotPassed("Task_CheckNotification").variables()
                .containsEntry("severity", "serious").containsEntry("investigationDays", 7)
                .containsEntry("investigatedBy", "employer-team").containsEntry("leadLevel", "GRASSROOTS");
        assertThat(taskQuery().taskDefinitionKey("Task_NominateInvestigator").singleResult())
                .hasCandidateGroup("CS-DT-THANG-LONG:chair");
    }

    @Test
    void theCaseIsNotFollowedUpWhileAVictimsSupportIsStillOpen() {
        ProcessInstance incident = report("accident", 0, 1, List.of(
                Map.of("memberId", 43L, "supportType", "occupational-accident", "amount", 2_000_000L)));
        complete(taskQuery().taskDefinitionKey("Task_VisitVictims").singleResult());
        execute(managementService().createJobQuery().activityId("CallActivity_VictimSupport#multiInstanceBody").singleResult());

        investigateAndAgree(incident);

        assertThat(incident).isWaitingAt("CallActivity_VictimSupport").hasNotPassed("Timer_FollowUp");
    }

    @Test
    void eachVictimGetsAHardshipCaseOfTheRightKindWhenTheVisitIsDone() {
        ProcessInstance incident = report("accident", 1, 1, List.of(
                Map.of("memberId", 41L, "supportType", "member-death", "amount", 10_000_000L),
                Map.of("memberId", 42L, "supportType", "occupational-accident", "amount", 3_000_000L)));
        complete(taskQuery().taskDefinitionKey("Task_CheckNotification").singleResult());
        complete(taskQuery().taskDefinitionKey("Task_VisitVictims").singleResult());

        execute(managementService().createJobQuery().activityId("CallActivity_VictimSupport#multiInstanceBody").singleResult());

        List<ProcessInstance> support = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("hardship-assistance").superProcessInstanceId(incident.getId()).list();
        assertThat(support).hasSize(2);
        assertThat(support).extracting(p -> runtimeService().getVariable(p.getId(), "supportType"))
                .containsExactlyInAnyOrder("member-death", "occupational-accident");
        assertThat(support).extracting(p -> runtimeService().getVariable(p.getId(), "incidentCaseNumber"))
                .containsOnly("AT-2026-000001");
        assertThat(incident).isWaitingAt("CallActivity_VictimSupport", "Task_NominateInvestigator");
    }

    @Test
    void missedInvestigationDeadlineIsEscalatedWhileTheRecordIsStillAwaited() {
        ProcessInstance incident = report("accident", 0, 1, List.of());
        complete(taskQuery().taskDefinitionKey("Task_NominateInvestigator").singleResult());

        execute(managementService().createJobQuery().activityId("Timer_InvestigationDeadline").singleResult());

        assertThat(escalations).containsExactly("investigation");
        assertThat(incident).isWaitingAt("Task_ReceiveInvestigationRecord");
    }

    @Test
    void unionThatDisagreesWithTheRecordSendsAWrittenRecommendation() {
        ProcessInstance incident = report("accident", 0, 1, List.of());
        complete(taskQuery().taskDefinitionKey("Task_NominateInvestigator").singleResult());
        complete(taskQuery().taskDefinitionKey("Task_ReceiveInvestigationRecord").singleResult());
        complete(taskQuery().taskDefinitionKey("Task_ReviewInvestigationRecord").singleResult(),
                withVariables("unionAgrees", false));

        execute(managementService().createJobQuery().activityId("Task_SendRecommendation").singleResult());

        assertThat(recommendations).containsExactly("AT-2026-000001");
        assertThat(incident).hasPassed("Gateway_RecordHandled");
    }

    private ProcessInstance report(String type, int deaths, int seriouslyInjured, List<Map<String, Object>> victims) {
        ProcessInstance incident = runtimeService().startProcessInstanceByKey("safety-incident", withVariables(
                "reportType", type, "deaths", deaths, "seriouslyInjured", seriouslyInjured,
                "contractType", "labour-contract", "victims", victims));
        assertThat(incident).isWaitingAt("StartEvent_IncidentReported");
        execute(job());
        return incident;
    }

    private void investigateAndAgree(ProcessInstance incident) {
        complete(taskQuery().taskDefinitionKey("Task_NominateInvestigator").singleResult());
        complete(taskQuery().taskDefinitionKey("Task_ReceiveInvestigationRecord").singleResult());
        complete(taskQuery().taskDefinitionKey("Task_ReviewInvestigationRecord").singleResult(),
                withVariables("unionAgrees", true));
        assertThat(incident).hasPassed("Gateway_RecordHandled");
    }
}
