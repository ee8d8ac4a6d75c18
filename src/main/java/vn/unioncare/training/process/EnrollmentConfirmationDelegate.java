package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.training.SessionReminders;

/** Confirms the seat, sends the schedule and sets the first session reminder. */
@Component("enrollmentConfirmation")
class EnrollmentConfirmationDelegate implements JavaDelegate {

    private final SessionReminders reminders;

    EnrollmentConfirmationDelegate(SessionReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReminderVariables.next(execution, reminders.confirm(TrainingVariables.caseNumber(execution)));
    }
}
