package vn.unioncare.forms;

import java.util.Map;

/** A submission refused by {@link FormValidator}; nothing was written anywhere. */
public class FormValidationException extends RuntimeException {

    private final transient Map<String, FieldError> errors;

    public FormValidationException(Map<String, FieldError> errors) {
        super("invalid form submission: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, FieldError> errors() {
        return errors;
    }
}
