package vn.unioncare.forms;

import java.util.Map;

/**
 * The outcome of checking a submission against its form: the clean values to hand to the process (hidden and
 * disabled fields dropped, types normalised) or the errors per field ({@code amount}, {@code children[1].name}).
 */
public record FormValidation(Map<String, Object> values, Map<String, FieldError> errors) {

    public boolean isValid() {
        return errors.isEmpty();
    }
}
