package vn.unioncare.tasks;

/** What submitting a task's form did. */
public enum Completion {
    COMPLETED,
    /** The task was delegated to me; it went back to its owner, who completes it. */
    RETURNED_TO_OWNER
}
