package vn.unioncare.tasks;

/** A queue and filter an officer saved under a name of their choosing. */
public record SavedFilter(long id, String name, Queue queue, TaskFilter filter) {
}
