package vn.unioncare.forms;

import java.util.List;
import java.util.Optional;

/**
 * Choices for a text field that are looked up on the server as the user types, for sets too large to list in a
 * form, such as the members of a union. A designer names one with the custom property {@code lookup} on a
 * textfield (e.g. {@code lookup = member}); the field still submits plain text (the chosen value), which the
 * validator checks as it checks any text, and the service that receives it re-checks access.
 */
public interface FieldLookup {

    String PROPERTY = "lookup";

    /** The name designers use in the {@code lookup} property. */
    String name();

    /** A page of choices matching the text, among those the signed-in user may see. */
    List<FormComponent.Option> find(String text, int offset, int limit);

    /** The choice of a value, if the signed-in user may see it. */
    Optional<FormComponent.Option> choice(String value);
}
