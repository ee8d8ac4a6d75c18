package vn.unioncare.training;

import java.time.Instant;

/** One enrollment of the seat ledger. */
public record EnrollmentView(long id, long cohortId, long memberId, String caseNumber, String processInstanceId,
                             EnrollmentStatus status, int priority, Instant requestedAt, Instant decidedAt,
                             Integer testScore, boolean retakeUsed) {
}
