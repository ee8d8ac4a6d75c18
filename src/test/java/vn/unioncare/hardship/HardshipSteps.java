package vn.unioncare.hardship;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Drives a hardship case as its people do — a member or officer submits, officers complete their tasks through the
 * forms — and waits for the job executor where the process continues asynchronously.
 * <p>
 * The tests share one database, and the eligibility table refuses a second grant of the same type to a member within
 * 12 months: each test that grants {@code member} support uses a type of its own (contract: relative-death,
 * browser: sickness, case page: other; a rejection never counts).
 */
public class HardshipSteps {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CaseStarter starter;
    private final TaskForms taskForms;
    private final TaskService tasks;
    private final HistoryService history;
    private final UserAccountService accounts;

    public HardshipSteps(CaseStarter starter, TaskForms taskForms, TaskService tasks, HistoryService history,
                  UserAccountService accounts) {
        this.starter = starter;
        this.taskForms = taskForms;
        this.tasks = tasks;
        this.history = history;
        this.accounts = accounts;
    }

    /** The steps on the services of the shared test context. */
    public static HardshipSteps of(ApplicationContext context) {
        return new HardshipSteps(context.getBean(CaseStarter.class), context.getBean(TaskForms.class),
                context.getBean(TaskService.class), context.getBean(HistoryService.class),
                context.getBean(UserAccountService.class));
    }

    public StartedCase submit(String account, Map<String, ?> form) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return starter.start("hardship-assistance", form);
        }
    }

    /** Waits until the case has an open task of the given BPMN id and returns it. */
    public Task awaitTask(StartedCase started, String taskDefinitionKey) {
        return await().atMost(PATIENCE).until(() -> tasks.createTaskQuery()
                .processInstanceId(started.processInstanceId()).taskDefinitionKey(taskDefinitionKey).singleResult(),
                task -> task != null);
    }

    public void complete(String account, Task task, Map<String, ?> form) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            taskForms.complete(task.getId(), form);
        }
    }

    /** A new member of the union, so that a test's grants do not meet another test's in the 12-month rule. */
    public static long newMember(ApplicationContext context, String unionCode) {
        String card = "HT-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        try (SignedIn ignored = SignedIn.as(context.getBean(UserAccountService.class), "admin")) {
            return context.getBean(vn.unioncare.member.MemberService.class).register(new vn.unioncare.member.NewMember(
                    card, "Trần Thị Thử " + card.substring(3), java.time.LocalDate.of(1985, 3, 8),
                    vn.unioncare.member.Gender.FEMALE, null, null, unionCode, java.time.LocalDate.of(2015, 9, 1))).id();
        }
    }

    /** A request of the member's own, cash, with the given documents ticked. */
    public static Map<String, Object> request(String supportType, String circumstances, long amount,
                                              String... documents) {
        return Map.of("supportType", supportType, "circumstances", circumstances, "amountRequested", amount,
                "providedDocuments", List.of(documents), "paymentMethod", "cash");
    }

    /** The school chair verifies and proposes the amount, then approves it at grassroots level. */
    public void approveAtSchool(StartedCase started, long amount) {
        complete("school.chair", awaitTask(started, "Task_ReviewRequest"), Map.of("verified", true,
                "recommendation", "support", "proposedAmount", amount, "reviewNotes", "Đã đến thăm tại nhà"));
        complete("school.chair", awaitTask(started, "Task_ApproveRequest"),
                Map.of("approvalDecision", "approve", "approvedAmount", amount));
    }

    public void awaitEnd(StartedCase started) {
        await().atMost(PATIENCE).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(started.processInstanceId()).finished().count() == 1);
    }

    public <T> T as(String account, java.util.function.Supplier<T> action) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return action.get();
        }
    }
}
