package vn.unioncare.tasks;

/** The officer's task lists. */
public enum Queue {
    /** Assigned to me. */
    MINE,
    /** Not yet claimed, open to me through a candidate group of my roles. */
    UNION
}
