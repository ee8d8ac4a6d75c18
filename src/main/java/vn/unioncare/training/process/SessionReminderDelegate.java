package vn.unioncare.training.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.unioncare.training.SessionReminders;

import static vn.unioncare.training.process.TrainingVariables.*;

/** Reminds the member of tomorrow's session and moves the reminder on to the next one. */
@Component("sessionReminder")
class SessionReminderDelegate implements JavaDelegate {

    private final SessionReminders reminders;

    SessionReminderDelegate(SessionReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReminderVariables.next(execution, reminders.remind(caseNumber(execution), longValue(execution, NEXT_SESSION)));
    }
}
