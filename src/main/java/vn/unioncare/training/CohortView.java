package vn.unioncare.training;

import java.time.LocalDate;

/**
 * A cohort with its course, organising union and seat counts: {@code seatsTaken} counts held and confirmed seats,
 * {@code waitlisted} the members waiting for one; the first and last session dates.
 */
public record CohortView(long id, long courseId, String courseTitle, CourseTopic topic, CourseFormat format, int hours,
                         long orgUnitId, String orgUnitName, String trainerUsername, int seats, int seatsTaken,
                         int waitlisted, LocalDate enrollmentDeadline, LocalDate firstSession, LocalDate lastSession,
                         CohortStatus status) {

    public int seatsLeft() {
        return Math.max(0, seats - seatsTaken);
    }

    /** Takes enrollments on {@code today}: open and the deadline not passed. */
    public boolean takesEnrollments(LocalDate today) {
        return status == CohortStatus.OPEN && !enrollmentDeadline.isBefore(today);
    }
}
