package vn.unioncare.forms;

import java.util.List;

/** Why one field was refused: a translation key and its arguments. */
public record FieldError(String messageKey, List<Object> arguments) {

    public static FieldError of(String messageKey, Object... arguments) {
        return new FieldError(messageKey, List.of(arguments));
    }
}
