package vn.unioncare.jobs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAccess;
import vn.unioncare.jobs.domain.JobReferralRows;
import vn.unioncare.jobs.domain.PlacementRows;

import java.util.Optional;

/** Job referrals for the people who may see their case: the member, and officers of the unions above them. */
@Service
@Transactional(readOnly = true)
public class JobReferrals {

    private final JobReferralRows referrals;
    private final PlacementRows placements;
    private final CaseAccess access;

    JobReferrals(JobReferralRows referrals, PlacementRows placements, CaseAccess access) {
        this.referrals = referrals;
        this.placements = placements;
        this.access = access;
    }

    /** The referral of a case with each vacancy it referred to; 404 "not found or no access" for a case not visible. */
    public Optional<JobReferralView> forCase(String caseNumber) {
        access.require(caseNumber);
        return referrals.find(caseNumber).map(r -> new JobReferralView(r.caseNumber(), r.desiredOccupation(),
                r.location(), r.expectedSalary(), r.consent(), r.channel(), r.status(), r.createdAt(),
                placements.ofReferral(r.id())));
    }

    /** For the process (no user check): the vacancies a case referred its member to. */
    public java.util.List<PlacementView> placementsOf(String caseNumber) {
        return referrals.find(caseNumber).map(r -> placements.ofReferral(r.id())).orElse(java.util.List.of());
    }
}
