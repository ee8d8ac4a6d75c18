package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.HardshipCasework;
import vn.unioncare.hardship.Route;
import vn.unioncare.hardship.RoutingStep;
import vn.unioncare.organisation.OrgLevel;

import static vn.unioncare.common.Values.asLong;

/** Sends the approval, and later the payment, to the union at the level the approval table chose. */
@Component("hardshipApprovalRouting")
class ApprovalRoutingDelegate implements JavaDelegate {

    private final HardshipCasework casework;

    ApprovalRoutingDelegate(HardshipCasework casework) {
        this.casework = casework;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        OrgLevel level = OrgLevel.valueOf((String) execution.getVariable(HardshipVariables.levelOf("approval")));
        casework.recordApprovalRule(caseNumber, level, asLong(execution.getVariable(HardshipVariables.APPROVAL_CAP)));
        Route approval = casework.route(caseNumber, RoutingStep.APPROVAL, level);
        RoutingVariables.set(execution, RoutingStep.APPROVAL, approval);
        RoutingVariables.set(execution, RoutingStep.PAYMENT,
                casework.route(caseNumber, RoutingStep.PAYMENT, approval.level()));
    }
}
