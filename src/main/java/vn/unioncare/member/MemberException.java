package vn.unioncare.member;

/** A refused member operation; {@code messageKey} is a translation key for the user. */
public class MemberException extends RuntimeException {

    private final String messageKey;

    public MemberException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
