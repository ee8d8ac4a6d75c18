package vn.unioncare.bench;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Drives one whole hardship case as its people do: an officer of the member's grassroots union submits the request
 * for the member, then reviews it, approves it and pays it; waits for the engine's asynchronous continuations in
 * between (polling the task list, the same way on both sides) and until the case has ended.
 */
abstract class HardshipCaseDriver {

    static final String PROCESS = "hardship-assistance";
    static final String OFFICER = "factory.chair";
    static final long AMOUNT = 700_000;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /**
     * Polling starts after 10 ms and backs off to 100 ms: eight clients polling every few milliseconds would take
     * a good part of the CPU from the engine they measure.
     */
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 100;

    private final TaskService tasks;
    private final HistoryService history;

    HardshipCaseDriver(TaskService tasks, HistoryService history) {
        this.tasks = tasks;
        this.history = history;
    }

    /** What the request form holds (the member chosen by the officer; no documents; paid in cash). */
    static Map<String, Object> requestForm(long memberId) {
        return Map.of("memberId", String.valueOf(memberId), "supportType", "other",
                "circumstances", "Con ốm nằm viện 7 ngày, gia đình khó khăn", "amountRequested", AMOUNT,
                "providedDocuments", List.of(), "paymentMethod", "cash");
    }

    static final Map<String, Object> REVIEW = Map.of("verified", true, "recommendation", "support",
            "proposedAmount", AMOUNT, "reviewNotes", "Đã đến thăm tại nhà");
    static final Map<String, Object> APPROVAL = Map.of("approvalDecision", "approve", "approvedAmount", AMOUNT);

    static Map<String, Object> disbursement(int caseIndex) {
        return Map.of("paymentMethod", "cash", "paymentReference", "PC-M1-" + caseIndex,
                "paidOn", LocalDate.now().toString());
    }

    /** Runs case number {@code caseIndex} from the request to its end, as the officer. */
    final void runCase(int caseIndex) throws Exception {
        asOfficer(() -> {
            String processInstanceId = start(caseIndex);
            work(awaitTask(processInstanceId, "Task_ReviewRequest"), REVIEW);
            work(awaitTask(processInstanceId, "Task_ApproveRequest"), APPROVAL);
            work(awaitTask(processInstanceId, "Task_Disburse"), disbursement(caseIndex));
            awaitEnd(processInstanceId);
            return null;
        });
    }

    /** Runs the steps of a case with the officer signed in (or authenticated) on this thread. */
    abstract void asOfficer(Callable<?> steps) throws Exception;

    /** Starts the case and returns its process instance id. */
    abstract String start(int caseIndex);

    /** Claims the task and completes it with the form's values. */
    abstract void work(Task task, Map<String, Object> form);

    private Task awaitTask(String processInstanceId, String taskDefinitionKey) throws InterruptedException {
        return await(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).singleResult(), taskDefinitionKey + " in " + processInstanceId);
    }

    private void awaitEnd(String processInstanceId) throws InterruptedException {
        await(() -> history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished()
                .singleResult(), "the end of " + processInstanceId);
    }

    /** Polls until the probe finds something. */
    private static <T> T await(Supplier<T> probe, String what) throws InterruptedException {
        long pause = FIRST_PAUSE_MILLIS;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(pause);
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 3 / 2);
        }
        throw new IllegalStateException("no " + what + " after " + PATIENCE);
    }
}
