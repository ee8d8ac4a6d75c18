package vn.unioncare.training;

/**
 * What the enrollment decision needs to know: the member is active, already holds a certificate of the same course
 * (CERTIFIED in any cohort of it), and the cohort takes enrollments (OPEN, deadline not passed).
 */
public record EnrollmentFacts(boolean memberActive, boolean alreadyCertified, boolean cohortOpen) {
}
