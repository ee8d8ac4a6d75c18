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
    CASE_CLOSED("notification.text.caseClosed"),
    /** args: task name, case number. */
    TASK_REMINDER("notification.text.taskReminder"),
    /** args: case number, the union the case went to. */
    CASE_ESCALATED("notification.text.caseEscalated"),
    /** args: case number, amount. */
    REQUEST_APPROVED("notification.text.requestApproved"),
    /** args: case number, amount, payment reference. */
    REQUEST_PAID("notification.text.requestPaid"),
    /** args: case number, reason. */
    REQUEST_REJECTED("notification.text.requestRejected"),
    /** args: case number. */
    REQUEST_WITHDRAWN("notification.text.requestWithdrawn"),
    /** args: case number, employer. */
    SAFETY_REPORTED("notification.text.safetyReported"),
    /** args: case number, employer. */
    SAFETY_NOTICE_OVERDUE("notification.text.safetyNoticeOverdue"),
    /** args: case number, employer, due date. */
    SAFETY_INVESTIGATION_OVERDUE("notification.text.safetyInvestigationOverdue"),
    /** args: case number, employer, number of incidents, quarter. */
    SAFETY_REPEATED_INCIDENTS("notification.text.safetyRepeatedIncidents"),
    /** args: case number. */
    SAFETY_REPORTER_ANSWERED("notification.text.safetyReporterAnswered"),
    /** args: the period, e.g. 6 tháng đầu năm 2026. */
    SAFETY_STATISTICS_READY("notification.text.safetyStatisticsReady"),
    /** args: case number, course and cohort, place on the waitlist, enrollment deadline. */
    TRAINING_WAITLISTED("notification.text.trainingWaitlisted"),
    /** args: case number, course and cohort, the sessions. */
    TRAINING_ENROLLED("notification.text.trainingEnrolled"),
    /** args: case number, course and cohort, session time, place or link. */
    TRAINING_SESSION_TOMORROW("notification.text.trainingSessionTomorrow"),
    /** args: case number, course and cohort, reason. */
    TRAINING_NOT_ENROLLED("notification.text.trainingNotEnrolled"),
    /** args: case number, course and cohort. */
    TRAINING_ENDED("notification.text.trainingEnded"),
    /** args: case number, course and cohort, verification code. */
    TRAINING_CERTIFIED("notification.text.trainingCertified"),
    /** args: case number, course and cohort, reason. */
    TRAINING_NOT_COMPLETED("notification.text.trainingNotCompleted"),
    /** args: case number, vacancy title, employer. */
    JOB_REFERRAL_LETTER("notification.text.jobReferralLetter");

    private final String messageKey;

    NotificationKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
