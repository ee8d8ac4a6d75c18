package vn.unioncare.hardship.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.hardship.EligibilityFacts;
import vn.unioncare.hardship.HardshipCasework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Gathers what the eligibility table decides on: member status, recent grants of the type, the documents given. */
@Component("hardshipEligibilityFacts")
class EligibilityFactsDelegate implements JavaDelegate {

    private final HardshipCasework casework;

    EligibilityFactsDelegate(HardshipCasework casework) {
        this.casework = casework;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EligibilityFacts facts = casework.eligibilityFacts((String) execution.getVariable(CaseRecords.CASE_NUMBER));
        execution.setVariable(HardshipVariables.MEMBER_STATUS, facts.memberStatus());
        execution.setVariable(HardshipVariables.RECENT_GRANTS, facts.recentSameTypeGrants());
        execution.setVariable(HardshipVariables.DUPLICATE_WARNING, facts.duplicateWarning());
        Object documents = execution.getVariable(HardshipVariables.PROVIDED_DOCUMENTS);
        List<String> given = new ArrayList<>();
        if (documents instanceof Collection<?> list) {
            list.forEach(d -> given.add(String.valueOf(d)));
        }
        execution.setVariable(HardshipVariables.PROVIDED_DOCUMENTS, given);
    }
}
