package vn.unioncare.hardship;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Drives a hardship case as its people do — a member or officer submits, officers complete their tasks through the
 * forms — and waits for the job executor where the process continues asynchronously.
 */

class HardshipSteps {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CaseStarter starter;
    private final TaskForms taskForms;
    private final TaskService tasks;
    private final HistoryService history;
    private final UserAccountService accounts;

    HardshipSteps(CaseStarter starter, TaskForms taskForms, TaskService tasks, HistoryService history,
                  UserAccountService accounts) {
        this.starter = starter;
        this.taskForms = taskForms;
        this.tasks = tasks;
        this.history = history;
        this.accounts = accounts;
    }

    StartedCase submit(String account, Map<String, ?> form) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return starter.start("hardship-assistance", form);
        }
    }

    /** Waits until the case has an open task of the given BPMN id and returns it. */
    Task awaitTask(StartedCase started, String taskDefinitionKey) {
        return await().atMost(PATIENCE).until(() -> tasks.createTaskQuery()
                .processInstanceId(started.processInstanceId()).taskDefinitionKey(taskDefinitionKey).singleResult(),
                task -> task != null);
    }

    void complete(String account, Task task, Map<String, ?> form) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            taskForms.complete(task.getId(), form);
        }
    }

    void awaitEnd(StartedCase started) {
        await().atMost(PATIENCE).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(started.processInstanceId()).finished().count() == 1);
    }

    <T> T as(String account, java.util.function.Supplier<T> action) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return action.get();
        }
    }
}
