package vn.unioncare.hardship;

/** Where the money of a request stands. */
public enum HardshipOutcome {
    /** Being checked, reviewed or approved. */
    SUBMITTED,
    /** Approved and committed against the paying union's fund. */
    APPROVED,
    PAID,
    REJECTED,
    /** Closed because the requested information did not come in time. */
    WITHDRAWN;

    /** Whether the request still waits for a decision or a payment. */
    public boolean isOpen() {
        return this == SUBMITTED || this == APPROVED;
    }
}
