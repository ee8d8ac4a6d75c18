package vn.unioncare.training;

import java.util.Set;

/** Where an enrollment stands in the seat ledger; SEAT_HELD and CONFIRMED take a seat. */
public enum EnrollmentStatus {
    SEAT_HELD,
    CONFIRMED,
    WAITLISTED,
    REJECTED,
    CANCELLED,
    CERTIFIED,
    INCOMPLETE;

    public static final Set<EnrollmentStatus> TAKING_A_SEAT = Set.of(SEAT_HELD, CONFIRMED);

    public boolean takesASeat() {
        return TAKING_A_SEAT.contains(this);
    }
}
