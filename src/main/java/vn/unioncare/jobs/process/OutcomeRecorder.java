package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.jobs.JobReferralCasework;
import vn.unioncare.jobs.JobReferrals;
import vn.unioncare.jobs.PlacementView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.unioncare.jobs.process.JobReferralVariables.*;

/**
 * On the "record the employers' answer" task: when it is created, the vacancies awaiting an answer become the options
 * of its form ({@code referredVacancies}); when it is completed, who interviewed and who hired is recorded per
 * vacancy, and {@code hiredBy} names the employer for the check-ins.
 */
@Component("jobOutcomeRecorder")
class OutcomeRecorder implements TaskListener {

    static final String HIRED = "hired";

    private final JobReferralCasework casework;
    private final JobReferrals referrals;

    OutcomeRecorder(JobReferralCasework casework, JobReferrals referrals) {
        this.casework = casework;
        this.referrals = referrals;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = (String) task.getVariable(CaseRecords.CASE_NUMBER);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariable(REFERRED_VACANCIES, awaiting(caseNumber));
            return;
        }
        boolean hired = HIRED.equals(task.getVariable(OUTCOME));
        List<Long> hiredVacancy = hired ? ids(task, HIRED_VACANCY) : List.of();
        String employer = casework.recordAnswer(caseNumber, ids(task, INTERVIEWED_VACANCIES),
                hiredVacancy.isEmpty() ? null : hiredVacancy.get(0), hired ? text(task, HIRED_BY) : null,
                hired ? date(task, START_DATE) : null);
        if (employer != null) {
            task.setVariable(HIRED_BY, employer);
        }
    }

    private List<Map<String, String>> awaiting(String caseNumber) {
        return referrals.placementsOf(caseNumber).stream().filter(PlacementView::awaitingAnswer).map(p -> {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", p.vacancyTitle() + " – " + p.employerName());
            option.put("value", String.valueOf(p.vacancyId()));
            return option;
        }).toList();
    }
}
