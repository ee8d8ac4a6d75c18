package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.HardshipCasework;

/**
 * Ends a request without payment ({@code outcome} = rejected, with the reason in {@code rejectionReason} that the
 * member will read; or withdrawn), gives back any commitment and tells the member.
 */
@Component("hardshipOutcome")
class HardshipOutcomeDelegate implements JavaDelegate {

    static final String OUTCOME = "outcome";

    private final HardshipCasework casework;

    HardshipOutcomeDelegate(HardshipCasework casework) {
        this.casework = casework;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        switch (String.valueOf(execution.getVariable(OUTCOME))) {
            case "rejected" -> {
                Authentication by = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
                casework.reject(caseNumber, (String) execution.getVariable(HardshipVariables.REJECTION_REASON),
                        by == null ? null : by.getUserId());
            }
            case "withdrawn" -> casework.withdraw(caseNumber);
            default -> throw new IllegalArgumentException("outcome must be rejected or withdrawn: "
                    + execution.getVariable(OUTCOME));
        }
    }
}
