package vn.unioncare.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A cohort as a coordinator enters it: the organising union is one the coordinator maintains, the trainer an
 * account's username, the status null for OPEN (FINISHED only through {@link Attendance#finish}).
 */
public record CohortDraft(Long courseId, Long orgUnitId, String trainerUsername, Integer seats,
                          LocalDate enrollmentDeadline, CohortStatus status, List<SessionDraft> sessions) {

    public CohortDraft {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
