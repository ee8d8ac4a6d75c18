package vn.unioncare.training;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Passes what the trainer records to the enrollment processes, in the trainer's transaction: a member's second
 * absence starts the trainer's review; a finished cohort delivers each confirmed member's attendance and score.
 */
@Component
class EnrollmentEventsToProcess {

    private final EnrollmentMessages messages;

    EnrollmentEventsToProcess(EnrollmentMessages messages) {
        this.messages = messages;
    }

    @EventListener
    void on(AbsenceThresholdReached reached) {
        messages.offer(EnrollmentMessages.ABSENCES, reached.processInstanceId(), Map.of("absences", reached.absences()));
    }

    @EventListener
    void on(CohortFinished finished) {
        for (CohortResult result : finished.results()) {
            messages.offer(EnrollmentMessages.RESULTS, result.processInstanceId(), Map.of(
                    "attendancePercent", result.attendancePercent(), "testScore", result.testScore(),
                    "retakeUsed", false));
        }
    }
}
