package vn.unioncare.tasks;

/** Where a task stands against its due date, as officers filter their queues. */
public enum DueState {
    OVERDUE,
    DUE_TODAY,
    LATER,
    NO_DUE_DATE
}
