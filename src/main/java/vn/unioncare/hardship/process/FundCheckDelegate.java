package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.FundOutcome;
import vn.unioncare.hardship.HardshipCasework;
import vn.unioncare.hardship.RoutingStep;

import static vn.unioncare.common.Values.asLong;

/**
 * "Check fund" (element template): commits the approved amount against the paying union's fund for the year and
 * sets {@code fundOutcome} to committed, routeUp or exhausted.
 */
@Component("fundCheck")
class FundCheckDelegate implements JavaDelegate {

    private final HardshipCasework casework;

    FundCheckDelegate(HardshipCasework casework) {
        this.casework = casework;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication approver = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        FundOutcome outcome = casework.commitFund((String) execution.getVariable(CaseRecords.CASE_NUMBER),
                RoutingVariables.level(execution, RoutingStep.PAYMENT),
                asLong(execution.getVariable(HardshipVariables.APPROVED_AMOUNT)),
                approver == null ? null : approver.getUserId(), execution.getActivityInstanceId());
        execution.setVariable(HardshipVariables.FUND_OUTCOME, outcome.code());
    }
}
