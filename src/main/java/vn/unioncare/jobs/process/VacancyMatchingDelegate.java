package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.ReferralMatching;

/**
 * "Rank vacancies" (element template): the best {@code limit} open vacancies for the member's profile, not yet
 * proposed in this case, as the options ({@code vacancyOptions}) of the officer's choice: label with score and
 * reasons, value the vacancy id.
 */
@Component("jobVacancyRanking")
class VacancyMatchingDelegate implements JavaDelegate {

    private static final int DEFAULT_LIMIT = 10;

    private final ReferralMatching matching;

    VacancyMatchingDelegate(ReferralMatching matching) {
        this.matching = matching;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long limit = JobReferralVariables.number(execution, JobReferralVariables.MATCHING_LIMIT);
        execution.setVariable(JobReferralVariables.VACANCY_OPTIONS, Variables.objectValue(matching.options(
                (String) execution.getVariable(CaseRecords.CASE_NUMBER), limit == null ? DEFAULT_LIMIT
                        : limit.intValue())).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
