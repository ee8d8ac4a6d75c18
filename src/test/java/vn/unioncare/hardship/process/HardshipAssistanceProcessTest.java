package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code hardship-assistance}, on the real BPMN and DMN files, with the Spring beans it calls stood
 * in by {@link FakeHardshipBeans}: approval at each level, escalation by timer at each level, the more-information
 * loop and its timeout, a short fund, rejection at each step and the duplicate warning.
 */
@Deployment(resources = {"processes/hardship-assistance.bpmn", "processes/hardship-eligibility.dmn",
        "processes/hardship-approval-level.dmn"})
class HardshipAssistanceProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("engine-tests.cfg.xml").build();

    private static final Clock THURSDAY_MORNING = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    private final FakeHardshipBeans beans = new FakeHardshipBeans();

    @BeforeEach
    void setUp() {
        init(ENGINE.getProcessEngine());
        beans.register(THURSDAY_MORNING);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void sicknessRequestWithinGrassrootsCapIsApprovedByTheSchoolChairAndPaid() {
        ProcessInstance instance = submit("sickness", 800_000, List.of("medical"));

        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        assertThat(task()).hasCandidateGroup("CS-THCS-NGHIA-TAN:chair").hasDueDate(java.util.Date.from(
                Instant.parse("2026-12-03T02:00:00Z")));
        complete(task(), withVariables("recommendation", "support", "proposedAmount", 800_000L));

        assertThat(instance).isWaitingAt("Task_ApproveRequest").variables()
                .containsEntry("approvalLevel", "GRASSROOTS").containsEntry("approvalCap", 1_000_000L);
        assertThat(task()).hasCandidateGroup("CS-THCS-NGHIA-TAN:chair");
        complete(task(), withVariables("approvalDecision", "approve", "approvedAmount", 800_000L));

        assertThat(instance).isWaitingAt("Task_IssueDecisionLetter");
        execute(job());
        assertThat(instance).isWaitingAt("Task_Disburse");
        assertThat(task()).hasCandidateGroup("CS-THCS-NGHIA-TAN:finance");
        complete(task(), withVariables("paymentMethod", "cash", "paymentReference", "PC-2026-015", "paidOn", "2026-11-27"));
        execute(job());

        assertThat(instance).hasPassedInOrder("Task_DecideEligibility", "Task_ReviewRequest", "Task_ApproveRequest",
                "Task_CommitFund", "Task_IssueDecisionLetter", "Task_Disburse", "Task_RecordPayment").isEnded();
        assertThat(instance).hasPassed("EndEvent_Paid");
        assertThat(beans.documents).containsExactly("decision");
        assertThat(beans.paid).isTrue();
        assertThat(beans.stages).containsExactly("submitted", "inReview", "awaitingApproval", "approved", "paid");
    }

    @Test
    void amountUpToFiveMillionIsApprovedByTheDirectSuperiorUnionAndPaidFromItsFund() {
        ProcessInstance instance = reviewed("sickness", 3_000_000, List.of("medical"));

        assertThat(instance).isWaitingAt("Task_ApproveRequest").variables()
                .containsEntry("approvalLevel", "DIRECT_SUPERIOR").containsEntry("approvalCap", 5_000_000L);
        assertThat(task()).hasCandidateGroup("CD-P-CAU-GIAY:chair");
        approveAndCommit(3_000_000);
        assertThat(task()).hasCandidateGroup("CD-P-CAU-GIAY:finance");
    }

    @Test
    void memberDeathGoesToTheCityWelfareDepartmentWithATenMillionCap() {
        ProcessInstance instance = reviewed("member-death", 10_000_000, List.of("death-certificate"));

        assertThat(instance).isWaitingAt("Task_ApproveRequest").variables()
                .containsEntry("approvalLevel", "CITY").containsEntry("approvalCap", 10_000_000L);
        assertThat(task()).hasCandidateGroup("HLF:welfare");
    }

    @Test
    void reviewerIsRemindedAfterThreeWorkingDaysAndTheTaskStays() {
        ProcessInstance instance = submit("sickness", 800_000, List.of("medical"));

        execute(timer("Timer_ReviewReminder"));

        assertThat(beans.reminders).containsExactly("Task_ReviewRequest");
        assertThat(instance).isWaitingAt("Task_ReviewRequest").hasPassed("EndEvent_ReviewerReminded");
        assertThat(task()).hasCandidateGroup("CS-THCS-NGHIA-TAN:chair");
    }

    @Test
    void reviewGoesUpToTheDirectSuperiorUnionAfterFiveWorkingDaysAndThenToTheCity() {
        ProcessInstance instance = submit("sickness", 800_000, List.of("medical"));

        execute(timer("Timer_ReviewEscalation"));
        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        assertThat(task()).hasCandidateGroup("CD-P-CAU-GIAY:chair");

        execute(timer("Timer_ReviewEscalation"));
        assertThat(task()).hasCandidateGroup("HLF:welfare");
        assertThat(beans.escalations).containsExactly("review:GRASSROOTS", "review:DIRECT_SUPERIOR");
    }

    @Test
    void approvalOverdueAtGrassrootsGoesToTheDirectSuperiorThenToTheCityWhichKeepsIt() {
        ProcessInstance instance = reviewed("sickness", 900_000, List.of("medical"));
        assertThat(task()).hasCandidateGroup("CS-THCS-NGHIA-TAN:chair");

        execute(timer("Timer_ApprovalEscalation"));
        assertThat(instance).isWaitingAt("Task_ApproveRequest");
        assertThat(task()).hasCandidateGroup("CD-P-CAU-GIAY:chair");

        execute(timer("Timer_ApprovalEscalation"));
        assertThat(task()).hasCandidateGroup("HLF:welfare");

        execute(timer("Timer_ApprovalEscalation"));
        assertThat(task()).hasCandidateGroup("HLF:welfare");
        assertThat(beans.escalations).containsExactly("approval:GRASSROOTS", "approval:DIRECT_SUPERIOR", "approval:CITY");

        approveAndCommit(900_000);
        assertThat(task()).hasCandidateGroup("HLF:finance");
    }

    @Test
    void missingDocumentsAreAskedOfTheRequesterAndTheCaseGoesOnWhenTheyCome() {
        ProcessInstance instance = submit("sickness", 800_000, List.of());

        assertThat(instance).isWaitingAt("Task_ProvideInformation").variables()
                .containsEntry("eligibility", "needsInformation")
                .containsEntry("eligibilityReason", "Cần bổ sung giấy tờ y tế (giấy ra viện, hóa đơn viện phí).");
        assertThat(task()).isAssignedTo("member");
        complete(task(), withVariables("providedDocuments", List.of("medical")));

        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        assertThat(beans.stages).containsSubsequence("needsInformation", "inReview");
    }

    @Test
    void caseIsClosedAsWithdrawnWhenNothingComesWithinTenWorkingDays() {
        ProcessInstance instance = submit("member-death", 10_000_000, List.of());
        assertThat(instance).isWaitingAt("Task_ProvideInformation");

        execute(timer("Timer_InformationOverdue"));

        assertThat(instance).hasPassed("Task_RecordWithdrawal", "EndEvent_Withdrawn").isEnded();
        assertThat(beans.outcomes).singleElement().asString().startsWith("withdrawn");
        assertThat(beans.stages).endsWith("withdrawn");
        assertThat(beans.closed).isTrue();
    }

    @Test
    void requestOfAnInactiveMemberIsRejectedWithTheReasonFromTheTable() {
        beans.memberStatus = "LEFT";
        ProcessInstance instance = submit("sickness", 800_000, List.of("medical"));

        assertThat(instance).hasPassed("Task_RecordRejection", "EndEvent_Rejected").isEnded();
        assertThat(beans.outcomes).containsExactly(
                "rejected:Người được hỗ trợ không phải là đoàn viên đang sinh hoạt công đoàn.");
    }

    @Test
    void reviewerRejectionEndsTheCaseWithTheReviewersReason() {
        ProcessInstance instance = submit("sickness", 800_000, List.of("medical"));

        complete(task(), withVariables("recommendation", "reject", "rejectionReason", "Gia đình đã được bảo hiểm chi trả"));

        assertThat(instance).hasPassed("EndEvent_Rejected").hasNotPassed("Task_ApproveRequest").isEnded();
        assertThat(beans.outcomes).containsExactly("rejected:Gia đình đã được bảo hiểm chi trả");
        assertThat(beans.stages).endsWith("rejected");
    }

    @Test
    void approverRejectionEndsTheCaseWithoutTouchingTheFund() {
        ProcessInstance instance = reviewed("sickness", 800_000, List.of("medical"));

        complete(task(), withVariables("approvalDecision", "reject", "rejectionReason", "Không đúng đối tượng hỗ trợ"));

        assertThat(instance).hasPassed("EndEvent_Rejected").hasNotPassed("Task_CommitFund").isEnded();
        assertThat(beans.outcomes).containsExactly("rejected:Không đúng đối tượng hỗ trợ");
    }

    @Test
    void shortFundAtGrassrootsRoutesThePaymentToTheUnionAbove() {
        beans.fundOutcomes.add("routeUp");
        ProcessInstance instance = reviewed("sickness", 800_000, List.of("medical"));

        approveAndCommit(800_000);

        assertThat(instance).hasPassed("Task_RouteFundUpward").isWaitingAt("Task_Disburse");
        assertThat(task()).hasCandidateGroup("CD-P-CAU-GIAY:finance");
        assertThat(beans.escalations).containsExactly("payment:GRASSROOTS");
    }

    @Test
    void exhaustedFundAtTheTopWaitsForATopUpByTheCityFinanceOfficers() {
        beans.fundOutcomes.add("exhausted");
        ProcessInstance instance = reviewed("member-death", 10_000_000, List.of("death-certificate"));
        complete(task(), withVariables("approvalDecision", "approve", "approvedAmount", 10_000_000L));

        assertThat(instance).isWaitingAt("Task_TopUpFund");
        assertThat(task()).hasCandidateGroup("HLF:finance");
        assertThat(beans.stages).endsWith("awaitingFunds");
        complete(task());

        assertThat(instance).isWaitingAt("Task_IssueDecisionLetter");
    }

    @Test
    void reviewerAndApproverSeeTheDuplicateWarning() {
        beans.duplicateWarning = "HT-2026-000007 (Công đoàn cơ sở Bệnh viện Đa khoa Xanh Pôn)";
        ProcessInstance instance = submit("sickness", 800_000, List.of("medical"));

        assertThat(instance).isWaitingAt("Task_ReviewRequest").variables()
                .containsEntry("duplicateWarning", beans.duplicateWarning);
    }

    @Test
    void grantOfTheSameTypeWithinTwelveMonthsIsRejected() {
        beans.recentGrants = 1;
        ProcessInstance instance = submit("sickness", 800_000, List.of("medical"));

        assertThat(instance).hasPassed("EndEvent_Rejected").isEnded();
        assertThat(beans.outcomes).containsExactly("rejected:Đoàn viên đã được hỗ trợ cùng loại trong 12 tháng qua.");
    }

    private ProcessInstance submit(String supportType, long amount, List<String> documents) {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("hardship-assistance",
                withVariables("memberId", 1L, "supportType", supportType, "amountRequested", amount,
                        "paymentMethod", "cash", "providedDocuments", documents));
        assertThat(instance).isWaitingAt("StartEvent_RequestSubmitted");
        execute(job());
        return instance;
    }

    private ProcessInstance reviewed(String supportType, long amount, List<String> documents) {
        ProcessInstance instance = submit(supportType, amount, documents);
        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        complete(task(), withVariables("recommendation", "support", "proposedAmount", amount));
        return instance;
    }

    private void approveAndCommit(long amount) {
        complete(task(), withVariables("approvalDecision", "approve", "approvedAmount", amount));
        execute(job());
    }

    private static Job timer(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }
}
