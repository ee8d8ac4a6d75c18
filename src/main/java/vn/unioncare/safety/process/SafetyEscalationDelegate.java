package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.safety.SafetyCasework;

import static vn.unioncare.common.Values.asText;

/**
 * Tells the union above the workplace and the city safety officers (in UnionCare and by e-mail) that a deadline
 * passed. Input {@code about}: {@code notification} (the 4-hour immediate notice) or {@code investigation} (the
 * legal investigation deadline).
 */
@Component("safetyEscalation")
class SafetyEscalationDelegate implements JavaDelegate {

    static final String ABOUT = "about";

    private final SafetyCasework casework;

    SafetyEscalationDelegate(SafetyCasework casework) {
        this.casework = casework;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        String about = asText(execution.getVariable(ABOUT));
        switch (about == null ? "" : about) {
            case "notification" -> casework.escalateNotice(caseNumber);
            case "investigation" -> casework.escalateInvestigation(caseNumber);
            default -> throw new IllegalArgumentException("safetyEscalation: unknown 'about' " + about
                    + " (notification or investigation)");
        }
    }
}
