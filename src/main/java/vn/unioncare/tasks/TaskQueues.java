package vn.unioncare.tasks;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.AuditType;
import vn.unioncare.common.CappedCount;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.EngineIdentity;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.UnionCareUser;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.domain.QueueRequest;
import vn.unioncare.tasks.domain.TaskQueueQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An officer's queues and the claim/unclaim actions. The officer's candidate groups (and those of absent colleagues
 * they stand in for) are in every query, and every action checks again that the task is theirs to work, so a task
 * id from another union is simply "not found".
 */
@Service
public class TaskQueues {

    /** The supervision view counts open work up to this many tasks and shows "more than" beyond it. */
    public static final int SUPERVISION_COUNT_CAP = 1000;

    private final TaskQueueQuery query;
    private final TaskService tasks;
    private final EngineIdentity identity;
    private final CurrentUser currentUser;
    private final Substitutes substitutes;
    private final UserAccountService accounts;
    private final TaskAudit audit;
    private final Clock clock;

    public TaskQueues(TaskQueueQuery query, TaskService tasks, EngineIdentity identity, CurrentUser currentUser,
                      Substitutes substitutes, UserAccountService accounts, TaskAudit audit, Clock clock) {
        this.audit = audit;
        this.query = query;
        this.tasks = tasks;
        this.identity = identity;
        this.currentUser = currentUser;
        this.substitutes = substitutes;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Page<TaskRow> page(Queue queue, TaskFilter filter, Pageable page) {
        return query.page(queue, request(currentUser.require(), filter), page);
    }

    public Page<TaskRow> page(Queue queue, String text, Pageable page) {
        return page(queue, TaskFilter.text(text), page);
    }

    public long count(Queue queue) {
        return count(queue, TaskFilter.none());
    }

    public long count(Queue queue, TaskFilter filter) {
        return query.count(queue, request(currentUser.require(), filter));
    }

    /**
     * Open work in the unions below the ones I supervise (city federation, unions directly above grassroots). The
     * page's total is exact up to {@link #SUPERVISION_COUNT_CAP} and cap + 1 beyond: read it with
     * {@link #supervisionCount(Page)}.
     */
    public Page<TaskRow> supervision(TaskFilter filter, Pageable page) {
        UnionCareUser user = currentUser.require();
        List<Long> roots = user.assignments().stream().filter(RoleAssignmentView::supervises)
                .map(RoleAssignmentView::orgUnitId).distinct().toList();
        return query.supervision(roots, request(user, filter), page, SUPERVISION_COUNT_CAP);
    }

    public Page<TaskRow> supervision(String text, Pageable page) {
        return supervision(TaskFilter.text(text), page);
    }

    /** How much open work a supervision page stands for: exact, or "more than" the cap. */
    public static CappedCount supervisionCount(Page<TaskRow> page) {
        return CappedCount.of(page.getTotalElements(), SUPERVISION_COUNT_CAP);
    }

    /** Takes a task from the union's queue; when a colleague was quicker, a clear "already claimed". */
    @Transactional
    public void claim(String taskId) {
        UnionCareUser user = requireMayWork(taskId);
        try {
            identity.runAs(user.getUsername(), () -> tasks.claim(taskId, user.getUsername()));
            audit.record(taskId, AuditType.TASK_CLAIMED, Map.of());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new TaskActionException("tasks.error.alreadyClaimed", 409, taskId);
        }
    }

    /** Gives a task of mine back to the union's queue. */
    @Transactional
    public void unclaim(String taskId) {
        UnionCareUser user = requireMayWork(taskId);
        if (!user.getUsername().equals(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())) {
            throw new TaskActionException("error.notFoundOrNoAccess", 404, taskId);
        }
        identity.runAs(user.getUsername(), () -> tasks.setAssignee(taskId, null));
        audit.record(taskId, AuditType.TASK_UNCLAIMED, Map.of());
    }

    /** Whether the task is in one of my queues: assigned to me, or unclaimed and open to my candidate groups. */
    boolean isInMyQueues(String taskId, UnionCareUser user) {
        List<String> groups = request(user, TaskFilter.none()).allGroups();
        if (query.isInQueues(taskId, user.getUsername(), groups)) {
            return true;
        }
        if (!query.mayWork(taskId, user.getUsername(), groups)) {
            audit.refused(taskId);
        }
        return false;
    }

    /** The signed-in officer, if they may work the task (assignee or candidate); "not found" otherwise. */
    UnionCareUser requireMayWork(String taskId) {
        UnionCareUser user = currentUser.require();
        if (!user.isOfficer() && !user.isAdmin()) {
            // a member completes the task they were asked to do, but never gives it back, hands it on or re-plans it
            throw new TaskActionException("tasks.error.officersOnly", 403, taskId);
        }
        if (!query.mayWork(taskId, user.getUsername(), request(user, TaskFilter.none()).allGroups())) {
            audit.refused(taskId);
            throw new TaskActionException("error.notFoundOrNoAccess", 404, taskId);
        }
        return user;
    }

    UnionCareUser currentOfficer() {
        return currentUser.require();
    }

    List<String> candidateGroups(String taskId) {
        return query.candidateGroups(taskId);
    }

    private QueueRequest request(UnionCareUser user, TaskFilter filter) {
        Map<String, java.util.Collection<String>> covered = new LinkedHashMap<>();
        for (String principal : substitutes.coveredBy(user.getUsername())) {
            accounts.loadUser(principal).ifPresent(p -> covered.put(principal, groupsOf(p)));
        }
        LocalDate today = LocalDate.now(clock);
        return new QueueRequest(user.getUsername(), groupsOf(user), covered, filter, clock.instant(),
                today.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    static List<String> groupsOf(UnionCareUser user) {
        return user.assignments().stream().map(RoleAssignmentView::candidateGroup).map(Object::toString).toList();
    }
}
