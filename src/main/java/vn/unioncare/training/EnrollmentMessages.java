package vn.unioncare.training;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The messages the {@code training-enrollment} process waits for, sent to one case's process instance: a seat offered
 * to a waitlisted member, a cancellation, two absences, the course results.
 */
@Component
class EnrollmentMessages {

    static final String SEAT_OFFERED = "TrainingSeatOffered";
    static final String CANCELLED = "TrainingCancelled";
    static final String ABSENCES = "TrainingAbsences";
    static final String RESULTS = "TrainingResults";

    private static final Logger LOG = LoggerFactory.getLogger(EnrollmentMessages.class);

    private final RuntimeService runtime;

    EnrollmentMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Delivers the message or fails (a job retries later; a person sees the refusal). */
    void send(String message, String processInstanceId, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message).processInstanceId(processInstanceId).setVariables(variables)
                .correlateWithResult();
    }

    /**
     * Delivers the message if the process waits for it; a case that no longer does (the trainer withdrew the member
     * in the meantime) must not stop the trainer recording the others.
     */
    void offer(String message, String processInstanceId, Map<String, Object> variables) {
        if (processInstanceId == null) {
            LOG.warn("{} not delivered: the enrollment has no process instance", message);
            return;
        }
        if (runtime.createMessageCorrelation(message).processInstanceId(processInstanceId).setVariables(variables)
                .correlateAllWithResult().isEmpty()) {
            LOG.warn("{} not delivered: process instance {} does not wait for it", message, processInstanceId);
        }
    }
}
