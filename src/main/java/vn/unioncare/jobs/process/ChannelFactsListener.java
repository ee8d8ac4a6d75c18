package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.JobReferralCasework;
import vn.unioncare.jobs.ReferralMatching;

/**
 * Around the {@code referral-channel} decision: before it, how many open vacancies match the member's profile now
 * ({@code openVacancies}, an input of the table); after it, the channel the table chose is recorded with the case.
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
        if (EVENTNAME_START.equals(execution.getEventName())) {
            execution.setVariable(JobReferralVariables.OPEN_VACANCIES, matching.rank(caseNumber, COUNTED).size());
        } else {
            casework.recordChannel(caseNumber, JobReferralVariables.text(execution, JobReferralVariables.CHANNEL));
        }
    }
}
