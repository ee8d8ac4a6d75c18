package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.unioncare.training.SessionReminder;

import java.util.Date;
import java.util.Optional;

/** Keeps the next session reminder in the variables the day-before timer reads; none left ends the loop. */
final class ReminderVariables {

    private ReminderVariables() {
    }

    static void next(DelegateExecution execution, Optional<SessionReminder> reminder) {
        execution.setVariable(TrainingVariables.NEXT_SESSION, reminder.map(SessionReminder::sessionId).orElse(null));
        execution.setVariable(TrainingVariables.NEXT_REMINDER, reminder.map(r -> Date.from(r.at())).orElse(null));
    }
}
