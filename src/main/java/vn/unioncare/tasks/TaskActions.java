package vn.unioncare.tasks;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.unioncare.casework.AuditType;
import vn.unioncare.security.Colleague;
import vn.unioncare.security.Colleagues;
import vn.unioncare.security.EngineIdentity;
import vn.unioncare.security.UnionCareUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Handing work on and planning it: delegate (the owner gets the task back when it is resolved), reassign to a
 * colleague of the same union and role, due and follow-up dates, priority, and the same actions on a selection.
 * Each action re-checks that the task is the caller's to work.
 */
@Service
public class TaskActions {

    private final TaskQueues queues;
    private final TaskService tasks;
    private final Colleagues colleagues;
    private final EngineIdentity identity;
    private final TransactionTemplate eachInItsOwnTransaction;
    private final TaskAudit audit;
    private final Clock clock;

    public TaskActions(TaskQueues queues, TaskService tasks, Colleagues colleagues, EngineIdentity identity,
                       PlatformTransactionManager transactions, TaskAudit audit, Clock clock) {
        this.audit = audit;
        this.queues = queues;
        this.tasks = tasks;
        this.colleagues = colleagues;
        this.identity = identity;
        this.eachInItsOwnTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Colleagues the task may be delegated to: officers of its union in any role, except me. */
    public List<Colleague> delegationCandidates(String taskId) {
        UnionCareUser me = queues.requireMayWork(taskId);
        return others(colleagues.sameUnion(groupsOrMine(taskId, me)), me);
    }

    /** Colleagues the task may be reassigned to: holders of its candidate groups (same union and role), except me. */
    public List<Colleague> reassignmentCandidates(String taskId) {
        UnionCareUser me = queues.requireMayWork(taskId);
        return others(colleagues.sameRole(groupsOrMine(taskId, me)), me);
    }

    /** Colleagues a selection of tasks may be assigned to: holders of my roles at my unions; each task re-checks. */
    public List<Colleague> colleaguesForBulk() {
        UnionCareUser me = queues.currentOfficer();
        return others(colleagues.sameRole(TaskQueues.groupsOf(me)), me);
    }

    @Transactional
    public void delegate(String taskId, String colleague) {
        UnionCareUser me = queues.requireMayWork(taskId);
        requireAmong(delegationCandidates(taskId), colleague);
        Task task = task(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(me.getUsername())) {
            throw new TaskActionException("tasks.error.alreadyClaimed", 409, taskId);
        }
        engine(me, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(taskId, me.getUsername());
            }
            tasks.delegateTask(taskId, colleague);
        }, taskId);
        audit.record(taskId, AuditType.TASK_DELEGATED, Map.of("to", colleague));
    }

    @Transactional
    public void reassign(String taskId, String colleague) {
        UnionCareUser me = queues.requireMayWork(taskId);
        requireAmong(reassignmentCandidates(taskId), colleague);
        engine(me, () -> tasks.setAssignee(taskId, colleague), taskId);
        audit.record(taskId, AuditType.TASK_REASSIGNED, Map.of("to", colleague));
    }

    /** Due and follow-up dates as days: a task is due at the end of its day, in Hanoi time. */
    @Transactional
    public void plan(String taskId, LocalDate due, LocalDate followUp) {
        UnionCareUser me = queues.requireMayWork(taskId);
        LocalDate today = LocalDate.now(clock);
        if (due != null && due.isBefore(today) || followUp != null && followUp.isBefore(today)) {
            throw new TaskActionException("tasks.error.dateInPast", 400, taskId);
        }
        if (due != null && followUp != null && followUp.isAfter(due)) {
            throw new TaskActionException("tasks.error.followUpAfterDue", 400, taskId);
        }
        engine(me, () -> {
            Task task = task(taskId);
            task.setDueDate(endOf(due));
            task.setFollowUpDate(endOf(followUp));
            tasks.saveTask(task);
        }, taskId);
        Map<String, Object> dates = new java.util.HashMap<>();
        dates.put("due", due == null ? "" : due.toString());
        dates.put("followUp", followUp == null ? "" : followUp.toString());
        audit.record(taskId, AuditType.TASK_DATES_CHANGED, dates);
    }

    @Transactional
    public void prioritise(String taskId, PriorityBand priority) {
        UnionCareUser me = queues.requireMayWork(taskId);
        engine(me, () -> tasks.setPriority(taskId, priority.value()), taskId);
        audit.record(taskId, AuditType.TASK_PRIORITY_CHANGED, Map.of("priority", priority.name()));
    }

    public BulkOutcome claimAll(List<String> taskIds) {
        return each(taskIds, queues::claim);
    }

    public BulkOutcome unclaimAll(List<String> taskIds) {
        return each(taskIds, queues::unclaim);
    }

    public BulkOutcome assignAll(List<String> taskIds, String colleague) {
        return each(taskIds, taskId -> reassign(taskId, colleague));
    }

    /** One transaction per task, so that one refused task does not undo the others. */
    private BulkOutcome each(List<String> taskIds, Consumer<String> action) {
        List<String> done = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (String taskId : taskIds.stream().distinct().toList()) {
            try {
                eachInItsOwnTransaction.executeWithoutResult(status -> action.accept(taskId));
                done.add(taskId);
            } catch (TaskActionException e) {
                refused.put(taskId, e.messageKey());
            }
        }
        return new BulkOutcome(List.copyOf(done), Map.copyOf(refused));
    }

    private void engine(UnionCareUser me, Runnable action, String taskId) {
        try {
            identity.runAs(me.getUsername(), action);
        } catch (OptimisticLockingException e) {
            throw new TaskActionException("tasks.error.changedMeanwhile", 409, taskId);
        }
    }

    private List<String> groupsOrMine(String taskId, UnionCareUser me) {
        List<String> groups = queues.candidateGroups(taskId);
        return groups.isEmpty() ? TaskQueues.groupsOf(me) : groups;
    }

    private Task task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskActionException("error.notFoundOrNoAccess", 404, taskId);
        }
        return task;
    }

    private Date endOf(LocalDate day) {
        if (day == null) {
            return null;
        }
        ZonedDateTime end = day.plusDays(1).atStartOfDay(clock.getZone()).minusSeconds(1);
        return Date.from(end.toInstant());
    }

    private static void requireAmong(List<Colleague> candidates, String colleague) {
        if (candidates.stream().noneMatch(c -> c.username().equals(colleague))) {
            throw new TaskActionException("tasks.error.notColleague", 400, colleague);
        }
    }

    private static List<Colleague> others(List<Colleague> colleagues, UnionCareUser me) {
        return colleagues.stream().filter(c -> !c.username().equals(me.getUsername())).toList();
    }
}
