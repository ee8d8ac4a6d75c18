package vn.unioncare.jobs;

import java.time.Instant;
import java.util.List;

/** A member's referral case as its member and the officers above see it, with each vacancy it referred them to. */
public record JobReferralView(String caseNumber, String desiredOccupation, String location, Long expectedSalary,
                              boolean consent, String channel, JobReferralStatus status, Instant createdAt,
                              List<PlacementView> placements) {

    public JobReferralView {
        placements = List.copyOf(placements);
    }
}
