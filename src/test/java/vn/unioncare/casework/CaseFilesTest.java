package vn.unioncare.casework;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.security.EngineIdentity;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;
import vn.unioncare.tasks.TaskQueues;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.unioncare.casework.TimelineKind.COMMENT_ADDED;
import static vn.unioncare.casework.TimelineKind.EVENT_OCCURRED;
import static vn.unioncare.casework.TimelineKind.PROCESS_ENDED;
import static vn.unioncare.casework.TimelineKind.PROCESS_STARTED;
import static vn.unioncare.casework.TimelineKind.TASK_CLAIMED;
import static vn.unioncare.casework.TimelineKind.TASK_COMPLETED;
import static vn.unioncare.casework.TimelineKind.TASK_CREATED;
import static vn.unioncare.casework.TimelineKind.TASK_DATES_CHANGED;
import static vn.unioncare.casework.TimelineKind.TASK_PRIORITY_CHANGED;

@UnionCareSpringTest
class CaseFilesTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseComments comments;
    @Autowired
    AuditTrail audit;
    @Autowired
    TaskQueues queues;
    @Autowired
    TaskForms taskForms;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EngineIdentity identity;

    @Test
    void theTimelineTellsTheStartWithItsDataTheClaimTheTimerTheCompletionWithItsDataAndTheComment() {
        StartedCase started = CaseFileRequests.submit(accounts, starter, "member", "Xin hỗ trợ nằm viện");
        String task = CaseFileRequests.openTask(tasks, started);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            queues.claim(task);
            // the claim is in Camunda's operation log and in UnionCare's audit trail: the timeline shows it once
            management.executeJob(management.createJobQuery().processInstanceId(started.processInstanceId())
                    .singleResult().getId());
            taskForms.complete(task, Map.of("decision", "approve", "amountApproved", 2_000_000));
            comments.add(started.caseNumber(), "Đã gọi điện cho đoàn viên");

            CaseFileDetails details = caseFiles.open(started.caseNumber());

            assertThat(details.timeline()).extracting(TimelineEntry::kind).containsExactly(PROCESS_STARTED, TASK_CREATED,
                    TASK_CLAIMED, EVENT_OCCURRED, TASK_COMPLETED, PROCESS_ENDED, COMMENT_ADDED);
            assertThat(details.timeline()).isSortedAccordingTo(Comparator.comparing(TimelineEntry::at));
            TimelineEntry start = details.timeline().get(0);
            assertThat(start.title()).isEqualTo("Xét duyệt có nhắc hạn");
            assertThat(start.actor()).isEqualTo("member");
            assertThat(start.actorName()).isEqualTo("Nguyễn Văn An");
            // submitted data under the form's labels, a chosen option under its label
            assertThat(start.details()).containsExactly(Map.entry("Ghi chú", "Xin hỗ trợ nằm viện"));
            TimelineEntry claim = details.timeline().get(2);
            assertThat(claim.actor()).isEqualTo("school.chair");
            assertThat(claim.title()).isEqualTo("Quyết định hỗ trợ");
            assertThat(details.timeline().get(3).title()).isEqualTo("Nhắc hạn sau 3 ngày");
            TimelineEntry completion = details.timeline().get(4);
            assertThat(completion.actor()).isEqualTo("school.chair");
            assertThat(completion.taskId()).isEqualTo(task);
            assertThat(completion.details()).containsExactly(Map.entry("Quyết định", "Duyệt"),
                    Map.entry("Số tiền duyệt (đồng)", "2000000"));
            assertThat(details.timeline().get(5).title()).isEqualTo("Đã quyết định");
            assertThat(details.timeline().get(6).title()).isEqualTo("Đã gọi điện cho đoàn viên");
            assertThat(details.timeline().get(6).actor()).isEqualTo("school.chair");

            CaseHeader header = details.header();
            assertThat(header.caseNumber()).isEqualTo(started.caseNumber());
            assertThat(header.processKey()).isEqualTo(CaseFileRequests.PROCESS);
            assertThat(header.processName()).isEqualTo("Xét duyệt có nhắc hạn");
            assertThat(header.memberName()).isEqualTo("Nguyễn Văn An");
            assertThat(header.union().code()).isEqualTo("CS-THCS-NGHIA-TAN");
            assertThat(header.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(header.closedAt()).isNotNull();
            assertThat(details.openTasks()).isEmpty();
        }
    }

    @Test
    void dueDateAndPriorityChangesAreInTheTimelineAndTheEarliestDueDateIsTheSla() {
        StartedCase started = CaseFileRequests.submit(accounts, starter, "member", "Cần hỗ trợ gấp");
        String task = CaseFileRequests.openTask(tasks, started);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        identity.runAs("school.chair", () -> {
            tasks.setDueDate(task, Date.from(yesterday));
            tasks.setPriority(task, 80);
        });
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            CaseFileDetails details = caseFiles.open(started.caseNumber());

            assertThat(details.header().slaDue()).isEqualTo(yesterday.truncatedTo(ChronoUnit.MILLIS));
            assertThat(details.header().overdue()).isTrue();
            assertThat(details.header().status()).isEqualTo(CaseStatus.OPEN);
            assertThat(details.openTasks()).singleElement().satisfies(open -> {
                assertThat(open.id()).isEqualTo(task);
                assertThat(open.name()).isEqualTo("Quyết định hỗ trợ");
                assertThat(open.assignee()).isNull();
                assertThat(open.candidateGroups()).containsExactly("CS-THCS-NGHIA-TAN:chair");
                assertThat(open.candidateGroupNames()).containsExactly("Chủ tịch – Công đoàn cơ sở Trường THCS Nghĩa Tân");
            });
            assertThat(details.timeline()).filteredOn(e -> e.kind() == TASK_DATES_CHANGED).singleElement()
                    .satisfies(e -> assertThat(e.details()).containsEntry("dueDate",
                            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(TimeConfiguration.HANOI).format(yesterday)));
            assertThat(details.timeline()).filteredOn(e -> e.kind() == TASK_PRIORITY_CHANGED).singleElement()
                    .satisfies(e -> assertThat(e.details()).containsEntry("priority", "80"));
        } finally {
            runtime.deleteProcessInstance(started.processInstanceId(), "test done");
        }
    }

    @Test
    void anOfficerOfAnotherUnionGetsNotFoundAndTheRefusalIsInTheAuditLog() {
        StartedCase started = CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            assertThatThrownBy(() -> caseFiles.open(started.caseNumber()))
                    .isInstanceOfSatisfying(CaseworkException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.messageKey()).isEqualTo("error.notFoundOrNoAccess");
                    });
        }
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertThat(audit.find(new AuditFilter(AuditType.ACCESS_REFUSED, "hospital.chair", started.caseNumber()),
                    PageRequest.of(0, 10))).singleElement().satisfies(event -> {
                        assertThat(event.caseNumber()).isEqualTo(started.caseNumber());
                        assertThat(event.target()).isEqualTo("case " + started.caseNumber());
                        assertThat(event.details()).containsEntry("resource", "case")
                                .containsEntry("id", started.caseNumber());
                    });
        }
    }

    @Test
    void aRefusalIsKeptWhenTheCallersTransactionRollsBackAndAnEventRecordedInItIsNot() {
        String guessed = "UC-1999-" + UUID.randomUUID().toString().substring(0, 6);
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                audit.recordRefusal(AuditTrail.RESOURCE_TASK, guessed);
                audit.record(null, AuditType.DOCUMENT_GENERATED, guessed, Map.of("file", "x.pdf"));
                status.setRollbackOnly();
            });
        }
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertThat(audit.find(new AuditFilter(AuditType.ACCESS_REFUSED, "factory.chair", null), PageRequest.of(0, 50)))
                    .extracting(AuditEvent::target).contains("task " + guessed);
            assertThat(audit.find(new AuditFilter(AuditType.DOCUMENT_GENERATED, "factory.chair", null), PageRequest.of(0, 50)))
                    .extracting(AuditEvent::target).doesNotContain(guessed);
        }
    }

    @Test
    void workWithoutASignedInUserIsRecordedAsTheSystem() {
        StartedCase started = CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        audit.record(started.processInstanceId(), AuditType.DOCUMENT_GENERATED, "giay-xac-nhan.pdf", Map.of());
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertThat(audit.find(new AuditFilter(AuditType.DOCUMENT_GENERATED, null, started.caseNumber()),
                    PageRequest.of(0, 10))).singleElement().satisfies(event -> {
                        assertThat(event.actor()).isEqualTo(AuditTrail.SYSTEM);
                        assertThat(event.processInstanceId()).isEqualTo(started.processInstanceId());
                    });
            assertThat(caseFiles.open(started.caseNumber()).timeline())
                    .filteredOn(e -> e.kind() == TimelineKind.DOCUMENT_GENERATED)
                    .extracting(TimelineEntry::title).containsExactly("giay-xac-nhan.pdf");
        }
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() {
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            assertThatThrownBy(() -> audit.count(AuditFilter.none()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
