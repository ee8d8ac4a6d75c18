package vn.unioncare.training;

/**
 * OPEN takes enrollments until its deadline; RUNNING once the trainer has recorded a session; FINISHED when the
 * trainer finishes it with every session and score recorded; CANCELLED by a coordinator.
 */
public enum CohortStatus {
    OPEN,
    RUNNING,
    FINISHED,
    CANCELLED
}
