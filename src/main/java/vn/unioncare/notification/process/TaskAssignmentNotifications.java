package vn.unioncare.notification.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.security.AccountContacts;

import java.util.Date;
import java.util.List;

/**
 * Tells an officer that a task was assigned or delegated to them, or handed back after they delegated it. Listens
 * to the engine's task events (Spring event bridge), inside the engine's transaction. Taking a task oneself (a
 * claim) notifies nobody.
 */
@Component
class TaskAssignmentNotifications {

    private final Notifier notifier;
    private final AccountContacts contacts;

    TaskAssignmentNotifications(Notifier notifier, AccountContacts contacts) {
        this.notifier = notifier;
        this.contacts = contacts;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) || task.getAssignee() == null) {
            return;
        }
        String actor = actor(task);
        if (task.getAssignee().equals(actor)) {
            return;
        }
        DelegationState delegation = task instanceof Task entity ? entity.getDelegationState() : null;
        NotificationKind kind;
        String from;
        if (delegation == DelegationState.PENDING && task.getOwner() != null) {
            kind = NotificationKind.TASK_DELEGATED;
            from = task.getOwner();
        } else if (delegation == DelegationState.RESOLVED && task.getAssignee().equals(task.getOwner())) {
            kind = NotificationKind.TASK_RESOLVED;
            from = actor;
        } else {
            kind = NotificationKind.TASK_ASSIGNED;
            from = actor;
        }
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        notifier.notify(new Happening(kind, "task:" + task.getId() + ":" + kind + ":" + stamp(task),
                "tasks/" + task.getId(), List.of(nameOf(task), caseNumber == null ? "-" : caseNumber, nameOfAccount(from))),
                List.of(task.getAssignee()));
    }

    private static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /**
     * When this assignment happened: the engine stamps a task when it changes, so the same assignment seen twice
     * has one stamp and a later one another.
     */
    private static long stamp(DelegateTask task) {
        Date updated = task instanceof Task entity ? entity.getLastUpdated() : null;
        return (updated != null ? updated : task.getCreateTime()).getTime();
    }

    private static String nameOf(DelegateTask task) {
        return task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    }

    private String nameOfAccount(String username) {
        if (username == null) {
            return "UnionCare";
        }
        return contacts.find(username).map(AccountContacts.Contact::displayName).orElse(username);
    }
}
