package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.DecisionVersions;
import vn.unioncare.jobs.JobReferralCasework;
import vn.unioncare.jobs.JobSeekerIntake;

import static vn.unioncare.jobs.process.JobReferralVariables.*;

/**
 * Runs when a job-referral case starts: keeps the profile in UnionCare's table (the reason for leaving, personal
 * data, never reaches the engine), routes counselling to the job counsellors of the member's direct-superior union
 * and pins the version of the {@code referral-channel} table the case decides with.
 */
@Component("jobSeekerIntake")
class JobSeekerIntakeListener implements ExecutionListener {

    static final String CHANNEL_DECISION = "referral-channel";

    private final JobReferralCasework casework;
    private final DecisionVersions decisions;

    JobSeekerIntakeListener(JobReferralCasework casework, DecisionVersions decisions) {
        this.casework = casework;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseRecords.CASE_NUMBER);
        Long memberId = number(execution, CaseRecords.MEMBER_ID);
        if (memberId == null) {
            throw new IllegalArgumentException("A job referral needs the member (memberId) of case " + caseNumber);
        }
        String group = casework.intake(caseNumber, execution.getProcessInstanceId(), new JobSeekerIntake(memberId,
                text(execution, EMPLOYMENT_STATUS), text(execution, REASON_FOR_LEAVING), text(execution, UI_STATUS),
                text(execution, TRADE), text(execution, SKILLS), text(execution, DESIRED_OCCUPATION),
                text(execution, LOCATION), number(execution, EXPECTED_SALARY), date(execution, AVAILABLE_FROM),
                text(execution, DIGITAL_SKILLS), Boolean.TRUE.equals(execution.getVariable(CONSENT))));
        execution.removeVariable(REASON_FOR_LEAVING);
        execution.setVariable(COUNSELLOR_GROUP, group);
        execution.setVariable(REFERRAL_COUNT, 0);
        execution.setVariable(CHANNEL_RULE_VERSION, decisions.latest(CHANNEL_DECISION));
    }
}
