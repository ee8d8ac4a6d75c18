package vn.unioncare.tasks;

/** A process officers can filter their queues by. */
public record ProcessChoice(String key, String name) {
}
