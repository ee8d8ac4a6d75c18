package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.JobReferralCasework;
import vn.unioncare.jobs.ReferralMatching;

/**
 * Around the {@code referral-channel} decision: on its business-rule task, how many open vacancies match the member's
 * profile now ({@code openVacancies}, an input of the table); on the gateway after it (where the decision's output
 * mapping has run), the channel the table chose is recorded with the case.
 */
@Component("referralChannelFacts")
class ChannelFactsListener implements ExecutionListener {

    /** The most vacancies counted; the table only asks whether there is any. */
    private static final int COUNTED = 100;

    private final ReferralMatching matching;
    private final JobReferralCasework casework;

    ChannelFactsListener(ReferralMatching matching, JobReferralCasework casework) {
        this.matching = matching;
        this.casework = casework;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        if (execution.getBpmnModelElementInstance() instanceof BusinessRuleTask) {
            execution.setVariable(JobReferralVariables.OPEN_VACANCIES, matching.rank(caseNumber, COUNTED).size());
        } else {
            casework.recordChannel(caseNumber, JobReferralVariables.text(execution, JobReferralVariables.CHANNEL));
        }
    }
}
