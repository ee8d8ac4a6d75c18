package vn.unioncare.notification.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.security.AccountContacts;

import java.util.List;

/**
 * "Remind" (element template), for a non-interrupting timer on a user task: tells whoever holds the open task of
 * this case named by {@code taskDefinitionKey} — its assignee, or while unclaimed every officer of its candidate
 * groups — that it is nearly due.
 */
@Component("remindTask")
class TaskReminderDelegate implements JavaDelegate {

    static final String TASK_DEFINITION_KEY = "taskDefinitionKey";

    private final TaskService tasks;
    private final Notifier notifier;
    private final AccountContacts contacts;

    TaskReminderDelegate(TaskService tasks, Notifier notifier, AccountContacts contacts) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = String.valueOf(execution.getVariable(TASK_DEFINITION_KEY));
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(key).list()) {
            notifier.notify(new Happening(NotificationKind.TASK_REMINDER, "task:" + task.getId() + ":reminder:"
                    + execution.getId(), "tasks/" + task.getId(),
                    List.of(task.getName() == null ? key : task.getName(), String.valueOf(execution.getProcessBusinessKey()))),
                    holders(task));
        }
    }

    private java.util.Collection<String> holders(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        return contacts.usernamesInGroups(groups);
    }
}
