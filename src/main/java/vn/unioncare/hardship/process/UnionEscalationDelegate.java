package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.HardshipCasework;
import vn.unioncare.hardship.Route;
import vn.unioncare.hardship.RoutingStep;

import java.util.Locale;
import java.util.Optional;

/**
 * "Escalate to parent union" (element template): moves a step ({@code routing} = review, approval or payment) to
 * the union one level up in the chain fixed when the case started, and tells its officers. At the top the step
 * stays where it is. An approval that moves up is also paid from up there.
 */
@Component("escalateToParentUnion")
class UnionEscalationDelegate implements JavaDelegate {

    static final String ROUTING = "routing";

    private final HardshipCasework casework;

    UnionEscalationDelegate(HardshipCasework casework) {
        this.casework = casework;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RoutingStep step = RoutingStep.valueOf(String.valueOf(execution.getVariable(ROUTING)).toUpperCase(Locale.ROOT));
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        Optional<Route> above = casework.escalate(caseNumber, step, RoutingVariables.level(execution, step));
        above.ifPresent(route -> {
            RoutingVariables.set(execution, step, route);
            if (step == RoutingStep.APPROVAL) {
                RoutingVariables.set(execution, RoutingStep.PAYMENT,
                        casework.route(caseNumber, RoutingStep.PAYMENT, route.level()));
            }
        });
    }
}
