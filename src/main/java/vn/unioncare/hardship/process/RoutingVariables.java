package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.unioncare.hardship.Route;
import vn.unioncare.hardship.RoutingStep;
import vn.unioncare.organisation.OrgLevel;

import java.util.Locale;

/** Reads and writes where a routed step (review, approval, payment) stands: its level and candidate group. */
final class RoutingVariables {

    private RoutingVariables() {
    }

    static String name(RoutingStep step) {
        return step.name().toLowerCase(Locale.ROOT);
    }

    static OrgLevel level(DelegateExecution execution, RoutingStep step) {
        Object level = execution.getVariable(HardshipVariables.levelOf(name(step)));
        return level == null ? OrgLevel.GRASSROOTS : OrgLevel.valueOf(level.toString());
    }

    static void set(DelegateExecution execution, RoutingStep step, Route route) {
        execution.setVariable(HardshipVariables.levelOf(name(step)), route.level().name());
        execution.setVariable(HardshipVariables.groupOf(name(step)), route.candidateGroup());
    }
}
