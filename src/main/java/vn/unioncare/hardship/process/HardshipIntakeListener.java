package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.DecisionVersions;
import vn.unioncare.hardship.HardshipCasework;
import vn.unioncare.hardship.HardshipException;
import vn.unioncare.hardship.IntakeData;
import vn.unioncare.hardship.RoutingStep;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.security.AccountContacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.unioncare.common.Values.asLong;
import static vn.unioncare.common.Values.asText;

/**
 * Runs when a hardship case starts, however it was started: records the request with its personal data in
 * UnionCare's table (the engine keeps none of it), fixes the union chain as of today, routes the review to the
 * member's grassroots union and pins the versions of the DMN tables, so that a running case keeps the rules it
 * started with when a designer deploys new ones.
 */
@Component("hardshipIntake")
class HardshipIntakeListener implements ExecutionListener {

    static final String ELIGIBILITY_DECISION = "hardship-eligibility";
    static final String APPROVAL_DECISION = "hardship-approval-level";
    private static final List<String> PERSONAL = List.of(HardshipVariables.CIRCUMSTANCES, HardshipVariables.BANK_NAME,
            HardshipVariables.BANK_ACCOUNT);

    private final HardshipCasework casework;
    private final AccountContacts contacts;
    private final DecisionVersions decisions;
    private final Clock clock;

    HardshipIntakeListener(HardshipCasework casework, AccountContacts contacts, DecisionVersions decisions,
                           Clock clock) {
        this.casework = casework;
        this.contacts = contacts;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        Long memberId = asLong(execution.getVariable(CaseRecords.MEMBER_ID));
        Long amount = asLong(execution.getVariable(HardshipVariables.AMOUNT_REQUESTED));
        if (memberId == null) {
            throw new HardshipException("hardship.error.memberRequired", 400, caseNumber);
        }
        if (amount == null || amount <= 0) {
            throw new HardshipException("hardship.error.amountRequired", 400, caseNumber);
        }
        String paymentMethod = asText(execution.getVariable(HardshipVariables.PAYMENT_METHOD));
        String requester = requester(execution, memberId);
        casework.intake(caseNumber, execution.getProcessInstanceId(), new IntakeData(memberId,
                asText(execution.getVariable(HardshipVariables.SUPPORT_TYPE)), amount,
                asLong(execution.getVariable(HardshipVariables.ESTIMATED_LOSS)),
                paymentMethod == null ? "cash" : paymentMethod,
                asText(execution.getVariable(HardshipVariables.CIRCUMSTANCES)),
                asText(execution.getVariable(HardshipVariables.BANK_NAME)),
                asText(execution.getVariable(HardshipVariables.BANK_ACCOUNT)), requester, LocalDate.now(clock)));
        PERSONAL.forEach(execution::removeVariable);
        if (!execution.hasVariable(HardshipVariables.ESTIMATED_LOSS)) {
            execution.setVariable(HardshipVariables.ESTIMATED_LOSS, null);
        }
        execution.setVariable(HardshipVariables.REQUESTER, requester);
        RoutingVariables.set(execution, RoutingStep.REVIEW,
                casework.route(caseNumber, RoutingStep.REVIEW, firstReviewLevel(execution)));
        execution.setVariable(HardshipVariables.ELIGIBILITY_RULE_VERSION, decisions.latest(ELIGIBILITY_DECISION));
        execution.setVariable(HardshipVariables.APPROVAL_RULE_VERSION, decisions.latest(APPROVAL_DECISION));
    }

    private static OrgLevel firstReviewLevel(DelegateExecution execution) {
        String level = asText(execution.getVariable(HardshipVariables.REVIEW_LEVEL));
        return java.util.Arrays.stream(OrgLevel.values()).filter(l -> l.name().equals(level)).findFirst()
                .orElse(OrgLevel.GRASSROOTS);
    }

    /** Who to ask for more information: whoever submitted in the portal, else the member, else the starter. */
    private String requester(DelegateExecution execution, long memberId) {
        String submittedBy = asText(execution.getVariable(CaseStarter.REQUESTED_BY));
        if (submittedBy != null) {
            return submittedBy;
        }
        return contacts.usernameOfMember(memberId).orElseGet(() -> {
            Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            return starter == null ? null : starter.getUserId();
        });
    }
}
