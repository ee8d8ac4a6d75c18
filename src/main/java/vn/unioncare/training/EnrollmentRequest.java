package vn.unioncare.training;

/**
 * One enrollment case as the process sees it when it starts.
 *
 * @param requestedBy the account that started the case (the member, or an officer nominating them); null when another
 *                    process started it
 * @param referred    started by the job referral process for one of its cases
 */
public record EnrollmentRequest(String caseNumber, String processInstanceId, long cohortId, long memberId,
                                String requestedBy, boolean referred) {

    /** Waitlist priority: members referred by job referral first, then members their union nominated. */
    int priority(boolean nominated) {
        return referred ? 2 : nominated ? 1 : 0;
    }
}
