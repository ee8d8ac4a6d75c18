package vn.unioncare.notification;

/** What a notification is about; each kind has its text in the message bundles. */
public enum NotificationKind {
    /** args: task name, case number. */
    TASK_ASSIGNED("notification.text.taskAssigned"),
    /** args: task name, case number, the delegating officer. */
    TASK_DELEGATED("notification.text.taskDelegated"),
    /** args: task name, case number, the colleague who resolved it. */
    TASK_RESOLVED("notification.text.taskResolved"),
    /** args: task name, case number. */
    TASK_OVERDUE("notification.text.taskOverdue"),
    /** args: case number. */
    CASE_RECEIVED("notification.text.caseReceived"),
    /** args: case number. */
    CASE_CLOSED("notification.text.caseClosed");

    private final String messageKey;

    NotificationKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
