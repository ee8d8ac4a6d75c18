package vn.unioncare.training;

import java.time.Instant;

/**
 * What the {@code enrollment-decision} table and the later steps of an enrollment need: the decision's facts (a seat is
 * already held when {@code seatLeft}; otherwise a waitlist place when the member is eligible) and who does what.
 *
 * @param grassrootsGroup candidate group of the member's grassroots union chairs, who confirm self-enrollments
 * @param memberUsername  the member's own account, or null when the member has none
 */
public record EnrollmentCheck(boolean memberActive, boolean alreadyCertified, boolean alreadyEnrolled,
                              boolean cohortOpen, boolean seatLeft, int waitlistPosition, boolean nominated,
                              String grassrootsGroup, String trainerUsername, String memberUsername, String memberName,
                              String cohortTitle, Instant enrollmentDeadline) {
}
