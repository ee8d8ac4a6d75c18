package vn.unioncare.jobs.ui;

import vn.unioncare.casework.CaseFileSection;
import vn.unioncare.jobs.JobReferrals;

import java.util.Optional;

/** Adds the profile's essentials and every vacancy referred to, with its outcome, to the page of a referral case. */
@org.springframework.stereotype.Component
class JobReferralCaseSection implements CaseFileSection {

    static final String PROCESS_KEY = "job-referral";

    private final JobReferrals referrals;

    JobReferralCaseSection(JobReferrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(String caseNumber, String processKey) {
        if (!PROCESS_KEY.equals(processKey)) {
            return Optional.empty();
        }
        return referrals.forCase(caseNumber).map(JobReferralPanel::new);
    }
}
