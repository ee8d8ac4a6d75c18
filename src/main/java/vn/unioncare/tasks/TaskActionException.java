package vn.unioncare.tasks;

/** A refused task action; {@code messageKey} is a translation key, {@code status} the HTTP status for the API. */
public class TaskActionException extends RuntimeException {

    private final String messageKey;
    private final int status;

    public TaskActionException(String messageKey, int status, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
        this.status = status;
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }
}
