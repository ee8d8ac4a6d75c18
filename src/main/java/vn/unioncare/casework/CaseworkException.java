package vn.unioncare.casework;

/** A refused casework action; {@code messageKey} is a translation key, {@code status} the HTTP status for the API. */
public class CaseworkException extends RuntimeException {

    private final String messageKey;
    private final int status;

    public CaseworkException(String messageKey, int status, String detail) {
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
