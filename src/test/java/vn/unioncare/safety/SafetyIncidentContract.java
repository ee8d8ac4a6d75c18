package vn.unioncare.safety;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.DemoUnits;
import vn.unioncare.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.unioncare.casework.CaseAccess;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.documents.DocumentStore;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifications;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.safety.domain.SafetyReport;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskQueues;
import vn.unioncare.tasks.TaskRow;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Safety reports from the portal through the deployed process, on each database: a hazard handled by the workplace's
 * union whoever reported it, and a fatal accident with its 4-hour notice check, its 30-day investigation deadline,
 * the escalation to the city and a hardship case for the family in the city's welfare queue.
 */
abstract class SafetyIncidentContract {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseStarter starter;
    @Autowired
    UserAccountService accounts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    SafetyCasework casework;
    @Autowired
    CaseRecords records;
    @Autowired
    CaseAccess access;
    @Autowired
    TaskQueues queues;
    @Autowired
    Notifications notifications;
    @Autowired
    OrganisationService organisation;
    @Autowired
    DocumentStore documents;

    @Test
    void aMemberReportsAHazardAtAnotherWorkplaceAndThatWorkplacesUnionHandlesItToTheEnd() {
        StartedCase reported = report("member", DemoUnits.HOSPITAL, "hazard", 0, 0, "Bệnh viện Đa khoa Xanh Pôn");
        HardshipSteps steps = HardshipSteps.of(context);

        Task assess = steps.awaitTask(reported, "Task_AssessHazard");
        assertThat(tasks.getIdentityLinksForTask(assess.getId())).extracting(l -> l.getGroupId())
                .contains(DemoUnits.HOSPITAL + ":chair");
        assertThat(records.findByProcessInstance(reported.processInstanceId()).orElseThrow().orgUnitId())
                .isEqualTo(organisation.findByCode(DemoUnits.HOSPITAL).orElseThrow().id());
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(access.visible(reported.caseNumber())).isEmpty();
        }
        SafetyReport report = casework.find(reported.caseNumber()).orElseThrow();
        assertThat(report.getReportedBy()).isEqualTo("member");
        assertThat(report.isAnonymous()).isFalse();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(reported.processInstanceId())
                .variableName("description").count()).isZero();

        steps.complete("hospital.chair", assess, Map.of("riskLevel", "high",
                "hazardAssessment", "Sàn hành lang trơn trượt", "correctiveAction", "Lắp thảm chống trơn"));
        Task correct = steps.awaitTask(reported, "Task_CorrectHazard");
        steps.complete("hospital.chair", correct, Map.of("correctionReport", "Đã lắp thảm chống trơn"));
        Task verify = steps.awaitTask(reported, "Task_VerifyCorrection");
        steps.complete("hospital.chair", verify, Map.of("correctionVerified", true));

        await().atMost(HardshipSteps.PATIENCE).until(() -> casework.find(reported.caseNumber()).orElseThrow()
                .getOutcome().equals(SafetyReport.CLOSED));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(reported.processInstanceId()).count()).isZero();
    }

    @Test
    void aFatalAccidentStartsTheNoticeCheckTheInvestigationDeadlineAndAHardshipCaseForTheFamilyAtTheCity() {
        long victim = HardshipSteps.newMember(context, DemoUnits.FACTORY);
        Instant before = Instant.now();
        StartedCase reported = report("factory.chair", DemoUnits.FACTORY, "accident", 1, 0,
                "Công ty TNHH Điện tử Thăng Long");
        HardshipSteps steps = HardshipSteps.of(context);

        Task check = steps.awaitTask(reported, "Task_CheckNotification");
        assertThat(groupsOf(check)).contains(DemoUnits.FACTORY + ":chair");
        Job fourHours = management.createJobQuery().processInstanceId(reported.processInstanceId())
                .activityId("Timer_NotificationOverdue").singleResult();
        assertThat(fourHours.getDuedate().toInstant()).isBetween(before.plus(Duration.ofHours(4)).minusSeconds(5),
                Instant.now().plus(Duration.ofHours(4)).plusSeconds(5));
        Date due = (Date) runtime.getVariable(reported.processInstanceId(), "investigationDue");
        assertThat(due.toInstant()).isBetween(before.plus(30, ChronoUnit.DAYS).minusSeconds(5),
                Instant.now().plus(30, ChronoUnit.DAYS).plusSeconds(5));
        assertThat(casework.find(reported.caseNumber()).orElseThrow().getSeverity()).isEqualTo("fatal");

        steps.complete("factory.chair", check, Map.of("noticeConfirmed", true,
                "noticeDetails", "Giám đốc đã gọi điện báo Thanh tra lao động và Công an phường lúc 9 giờ"));
        Task visit = steps.awaitTask(reported, "Task_VisitVictims");
        assertThat(groupsOf(steps.awaitTask(reported, "Task_NominateInvestigator"))).contains(DemoUnits.CITY + ":safety");
        steps.complete("factory.chair", visit, Map.of("visitDate", LocalDateTime.now(HANOI).toLocalDate().toString(),
                "victims", List.of(Map.of("memberId", String.valueOf(victim), "supportType", "member-death",
                        "amount", 20_000_000, "documents", List.of("death-certificate")))));

        ProcessInstance support = await().atMost(HardshipSteps.PATIENCE).until(() -> runtime
                .createProcessInstanceQuery().superProcessInstanceId(reported.processInstanceId())
                .processDefinitionKey("hardship-assistance").singleResult(), instance -> instance != null);
        assertThat(runtime.getVariable(support.getId(), "supportType")).isEqualTo("member-death");
        assertThat(runtime.getVariable(support.getId(), "incidentCaseNumber")).isEqualTo(reported.caseNumber());
        assertThat(runtime.getVariable(support.getId(), "requesterUsername")).isEqualTo("factory.chair");
        String supportCase = records.findByProcessInstance(support.getId()).orElseThrow().caseNumber();
        await().atMost(HardshipSteps.PATIENCE).until(() -> inUnionQueue("hlf.welfare", supportCase));
    }

    @Test
    void aNoticeCheckNotDoneWithinFourHoursGoesToTheCitySafetyOfficerAndTellsTheUnionAbove() {
        StartedCase reported = report("factory.chair", DemoUnits.FACTORY, "accident", 0, 2,
                "Công ty TNHH Điện tử Thăng Long (xưởng 2)");
        HardshipSteps steps = HardshipSteps.of(context);
        steps.awaitTask(reported, "Task_CheckNotification");

        management.executeJob(management.createJobQuery().processInstanceId(reported.processInstanceId())
                .activityId("Timer_NotificationOverdue").singleResult().getId());

        Task cityCheck = steps.awaitTask(reported, "Task_CityChecksNotification");
        assertThat(groupsOf(cityCheck)).contains(DemoUnits.CITY + ":safety");
        assertThat(tasks.createTaskQuery().processInstanceId(reported.processInstanceId())
                .taskDefinitionKey("Task_CheckNotification").count()).isZero();
        for (String officer : List.of("parks.officer", "hlf.safety")) {
            try (SignedIn ignored = SignedIn.as(accounts, officer)) {
                assertThat(notifications.latest(50)).as(officer)
                        .anyMatch(n -> n.kind() == NotificationKind.SAFETY_NOTICE_OVERDUE
                                && n.text().contains(reported.caseNumber()));
            }
        }
    }

    @Test
    void aUnionThatDisagreesWithTheInvestigationRecordSendsAVietnameseRecommendationLetter() throws IOException {
        StartedCase reported = report("factory.chair", DemoUnits.FACTORY, "accident", 0, 0,
                "Công ty TNHH Điện tử Thăng Long (kho)");
        HardshipSteps steps = HardshipSteps.of(context);
        steps.complete("factory.chair", steps.awaitTask(reported, "Task_NominateInvestigator"),
                Map.of("investigatorName", "Ngô Thị Thu Hà", "investigatorPosition", "Chủ tịch công đoàn cơ sở"));
        steps.complete("factory.chair", steps.awaitTask(reported, "Task_ReceiveInvestigationRecord"),
                Map.of("recordNumber", "01/BB-ĐTTNLĐ", "recordDate", LocalDate.now(HANOI).toString()));

        steps.complete("factory.chair", steps.awaitTask(reported, "Task_ReviewInvestigationRecord"), Map.of(
                "recordCause", "Biên bản quy lỗi hoàn toàn cho người lao động",
                "recordResponsibility", "Người lao động tự chịu trách nhiệm",
                "correctiveMeasures", "Không có", "unionAgrees", false,
                "recommendation", "Xác định lại nguyên nhân: máy không có che chắn an toàn theo quy chuẩn",
                "recommendationAuthority", "Đoàn điều tra tai nạn lao động cơ sở"));

        StoredDocument letter = await().atMost(HardshipSteps.PATIENCE).until(() -> documents
                .list(CaseAttachments.ownerKey(reported.caseNumber())).stream()
                .filter(d -> d.filename().startsWith("kien-nghi-")).findFirst(), Optional::isPresent).orElseThrow();
        try (InputStream pdf = documents.open(letter); PDDocument document = Loader.loadPDF(pdf.readAllBytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("KIẾN NGHỊ").contains("Số: ").contains("/CV-CĐCS")
                    .contains("Công đoàn cơ sở Công ty TNHH Điện tử Thăng Long không nhất trí")
                    .contains("Kính gửi: Đoàn điều tra tai nạn lao động cơ sở")
                    .contains("máy không có che chắn an toàn");
        }
    }

    private StartedCase report(String account, String unionCode, String type, int deaths, int seriouslyInjured,
                               String employer) {
        Map<String, Object> form = new HashMap<>();
        form.put("workplaceUnion", unionCode);
        form.put("employerName", employer);
        form.put("place", "Khu vực sản xuất, tầng 1");
        form.put("occurredAt", LocalDateTime.now(HANOI).minusHours(1).withSecond(0).withNano(0).toString());
        form.put("reportType", type);
        if ("accident".equals(type)) {
            form.put("deaths", deaths);
            form.put("seriouslyInjured", seriouslyInjured);
            form.put("lightlyInjured", 0);
            form.put("contractType", "labour-contract");
        }
        form.put("description", "Mô tả sự việc để kiểm thử quy trình an toàn lao động");
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return starter.start("safety-incident", form);
        }
    }

    private List<String> groupsOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).toList();
    }

    private boolean inUnionQueue(String officer, String caseNumber) {
        try (SignedIn ignored = SignedIn.as(accounts, officer)) {
            return queues.page(Queue.UNION, caseNumber, PageRequest.of(0, 10)).stream()
                    .map(TaskRow::caseNumber).anyMatch(caseNumber::equals);
        }
    }
}
