package vn.unioncare.forms;

/** A form file UnionCare cannot use; {@code messageKey} and {@code arguments} make the translated message. */
public class FormSchemaException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public FormSchemaException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
