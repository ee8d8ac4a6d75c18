package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.ReferralLetters;

/**
 * "Referral letter" (element template), once per chosen vacancy ({@code vacancyId}): the letter filed with the case,
 * the member told, the profile e-mailed to the employer only with the member's consent. Mark it asynchronous: the
 * job executor makes the PDF and a failure becomes a retried job, which repeats nothing already done.
 */
@Component("referralLetter")
class ReferralLetterDelegate implements JavaDelegate {

    private final ReferralLetters letters;

    ReferralLetterDelegate(ReferralLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long vacancyId = JobReferralVariables.number(execution, JobReferralVariables.VACANCY_ID);
        Long round = JobReferralVariables.number(execution, JobReferralVariables.REFERRAL_COUNT);
        if (vacancyId == null) {
            throw new IllegalArgumentException("vacancyId must be a vacancy id: " + execution.getVariable("vacancyId"));
        }
        letters.refer((String) execution.getVariable(CaseRecords.CASE_NUMBER), vacancyId,
                round == null ? 1 : round.intValue());
    }
}
