package vn.unioncare.common;

import java.util.List;

/**
 * An action UnionCare refuses for a reason the user should read: {@code messageKey} is a key of the message bundles,
 * {@code arguments} fill its placeholders, {@code status} is the HTTP status the JSON API answers with.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final int status;
    private final transient List<Object> arguments;

    public RefusedException(String messageKey, int status, String detail, Object... arguments) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
        this.status = status;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
