package vn.unioncare.tasks;

import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.EngineIdentity;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.UnionCareUser;
import vn.unioncare.tasks.domain.TaskQueueQuery;

import java.time.Clock;
import java.util.List;

/**
 * An officer's queues and the claim/unclaim actions. The officer's candidate groups are in every query, and every
 * action checks again that the task is theirs to work, so a task id from another union is simply "not found".
 */
@Service
public class TaskQueues {

    private final TaskQueueQuery query;
    private final TaskService tasks;
    private final EngineIdentity identity;
    private final CurrentUser currentUser;
    private final Clock clock;

    public TaskQueues(TaskQueueQuery query, TaskService tasks, EngineIdentity identity, CurrentUser currentUser,
                      Clock clock) {
        this.clock = clock;
        this.query = query;
        this.tasks = tasks;
        this.identity = identity;
        this.currentUser = currentUser;
    }

    public Page<TaskRow> page(Queue queue, String text, Pageable page) {
        UnionCareUser user = currentUser.require();
        return query.page(queue, user.getUsername(), groupsOf(user), text, page);
    }

    /** Open work in the unions below the ones I supervise (city federation, unions directly above grassroots). */
    public Page<TaskRow> supervision(String text, Pageable page) {
        UnionCareUser user = currentUser.require();
        List<Long> roots = user.assignments().stream().filter(RoleAssignmentView::supervises)
                .map(RoleAssignmentView::orgUnitId).distinct().toList();
        return query.supervision(roots, text, clock.instant(), page);
    }

    public long count(Queue queue) {
        UnionCareUser user = currentUser.require();
        return query.count(queue, user.getUsername(), groupsOf(user));
    }

    /** Takes a task from the union's queue; when a colleague was quicker, a clear "already claimed". */
    @Transactional
    public void claim(String taskId) {
        UnionCareUser user = requireMayWork(taskId);
        try {
            identity.runAs(user.getUsername(), () -> tasks.claim(taskId, user.getUsername()));
        } catch (TaskAlreadyClaimedException e) {
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
    }

    /** Whether the task is in one of my queues: assigned to me, or unclaimed and open to my candidate groups. */
    boolean isInMyQueues(String taskId, UnionCareUser user) {
        return query.isInQueues(taskId, user.getUsername(), groupsOf(user));
    }

    private UnionCareUser requireMayWork(String taskId) {
        UnionCareUser user = currentUser.require();
        if (!query.mayWork(taskId, user.getUsername(), groupsOf(user))) {
            throw new TaskActionException("error.notFoundOrNoAccess", 404, taskId);
        }
        return user;
    }

    static List<String> groupsOf(UnionCareUser user) {
        return user.assignments().stream().map(RoleAssignmentView::candidateGroup).map(Object::toString).toList();
    }
}
