package vn.unioncare.security;

/** A refused account change; {@code messageKey} is a translation key for the user. */
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
