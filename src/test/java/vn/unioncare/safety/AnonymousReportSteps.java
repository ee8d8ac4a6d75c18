package vn.unioncare.safety;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Drives an anonymous safety report through the services, as the public page and the officers do, and waits for
 * the job executor where the process goes on asynchronously (after its start event).
 */
public class AnonymousReportSteps {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    public static final String SCHOOL_UNION = "CS-THCS-NGHIA-TAN";

    private final AnonymousReports reports;
    private final ReporterConversation conversation;
    private final TaskForms taskForms;
    private final TaskService tasks;
    private final UserAccountService accounts;

    private AnonymousReportSteps(ApplicationContext context) {
        this.reports = context.getBean(AnonymousReports.class);
        this.conversation = context.getBean(ReporterConversation.class);
        this.taskForms = context.getBean(TaskForms.class);
        this.tasks = context.getBean(TaskService.class);
        this.accounts = context.getBean(UserAccountService.class);
    }

    public static AnonymousReportSteps of(ApplicationContext context) {
        return new AnonymousReportSteps(context);
    }

    /** A hazard at the school, an hour ago, at an employer of the test's own (so no test meets another's counts). */
    public static Map<String, Object> hazardAtTheSchool(String description) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("workplaceUnion", SCHOOL_UNION);
        fields.put("employerName", "Trường THCS Nghĩa Tân " + UUID.randomUUID().toString().substring(0, 6));
        fields.put("place", "Phòng thí nghiệm hóa, tầng 3");
        fields.put("occurredAt", LocalDateTime.now(vn.unioncare.common.TimeConfiguration.HANOI).minusHours(1)
                .truncatedTo(ChronoUnit.MINUTES).toString());
        fields.put("reportType", "hazard");
        fields.put("description", description);
        fields.put("authoritiesNotified", false);
        return fields;
    }

    /** Reported anonymously, without photos; the receipt holds the tracking code. */
    public AnonymousReceipt report(Map<String, Object> fields) {
        return reports.submit(fields, List.of());
    }

    public Task awaitTask(String caseNumber, String taskDefinitionKey) {
        return await().atMost(PATIENCE).until(() -> tasks.createTaskQuery()
                .processVariableValueEquals(CaseRecords.CASE_NUMBER, caseNumber)
                .taskDefinitionKey(taskDefinitionKey).singleResult(), task -> task != null);
    }

    public void complete(String account, Task task, Map<String, ?> form) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            taskForms.complete(task.getId(), form);
        }
    }

    /** The school chair assesses the hazard as medium risk and hands the correction to the school's union. */
    public void assessAtTheSchool(String caseNumber) {
        complete("school.chair", awaitTask(caseNumber, "Task_AssessHazard"), Map.of("riskLevel", "medium",
                "hazardAssessment", "Tủ hóa chất không có khóa, học sinh tiếp cận được",
                "correctiveAction", "Lắp khóa tủ hóa chất và dán biển cảnh báo"));
        awaitTask(caseNumber, "Task_CorrectHazard");
    }

    public ConversationEntry ask(String account, String caseNumber, String question) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return conversation.ask(caseNumber, question);
        }
    }
}
