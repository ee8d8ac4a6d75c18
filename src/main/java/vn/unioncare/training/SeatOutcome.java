package vn.unioncare.training;

/** The answer to a seat request: SEAT_HELD, or WAITLISTED at {@code waitlistPosition} (1 first; 0 when held). */
public record SeatOutcome(EnrollmentStatus status, int waitlistPosition) {
}
