package vn.unioncare.organisation;

/** A change that would break the hierarchy; {@code messageKey} is a translation key for the user. */
public class HierarchyException extends RuntimeException {

    private final String messageKey;

    public HierarchyException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
