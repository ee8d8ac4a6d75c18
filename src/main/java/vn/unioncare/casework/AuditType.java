package vn.unioncare.casework;

/** What an audit event records. */
public enum AuditType {
    CASE_OPENED,
    TASK_CLAIMED,
    TASK_UNCLAIMED,
    TASK_COMPLETED,
    TASK_DELEGATED,
    TASK_RESOLVED,
    TASK_REASSIGNED,
    TASK_DATES_CHANGED,
    TASK_PRIORITY_CHANGED,
    COMMENT_ADDED,
    ATTACHMENT_ADDED,
    DOCUMENT_GENERATED,
    ACCESS_REFUSED
}
