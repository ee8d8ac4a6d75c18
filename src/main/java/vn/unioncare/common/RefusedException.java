package vn.unioncare.common;

/**
 * An action UnionCare refuses for a reason the user should read: {@code messageKey} is a key of the message bundles,
 * {@code status} the HTTP status the JSON API answers with.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final int status;

    public RefusedException(String messageKey, int status, String detail) {
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
