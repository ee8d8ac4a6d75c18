package vn.unioncare.tasks.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.unioncare.tasks.Substitutes;

/**
 * While an officer is away, a task assigned to them by somebody else (the process, a colleague) goes to their
 * substitute; the officer becomes its owner, which the queue shows as "on behalf of". Their own claims stay theirs.
 */
@Component
class SubstituteAssignment {

    private final Substitutes substitutes;

    SubstituteAssignment(Substitutes substitutes) {
        this.substitutes = substitutes;
    }

    /** First of the task listeners, so that those after it (notifications) already see the substitute. */
    @EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'assignment'")
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void redirect(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || task.getOwner() != null || assignee.equals(actingUser(task))) {
            return;
        }
        substitutes.substituteOf(assignee).filter(substitute -> !substitute.equals(assignee)).ifPresent(substitute -> {
            task.setOwner(assignee);
            task.setAssignee(substitute);
        });
    }

    private static String actingUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
