package vn.unioncare.forms;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a validated submission into process variables. A field that the designer marked as personal data (custom
 * property {@code personalData = true} in Camunda Modeler's form editor) travels as a transient variable: the
 * process's own listener reads it and keeps it in UnionCare's tables, and the engine neither stores it nor writes
 * it to history.
 */
public final class SubmittedVariables {

    public static final String PERSONAL_DATA_PROPERTY = "personalData";

    private SubmittedVariables() {
    }

    public static VariableMap of(FormSchema form, Map<String, Object> values) {
        Set<String> personal = personalFields(form);
        VariableMap variables = Variables.createVariables();
        values.forEach((name, value) -> {
            if (personal.contains(name)) {
                variables.putValueTyped(name, Variables.untypedValue(value, true));
            } else {
                variables.putValue(name, value);
            }
        });
        return variables;
    }

    public static Set<String> personalFields(FormSchema form) {
        return form.allComponents().stream()
                .filter(c -> "true".equalsIgnoreCase(c.properties().get(PERSONAL_DATA_PROPERTY)))
                .map(FormSchemaReader::dataName)
                .filter(name -> name != null)
                .collect(Collectors.toUnmodifiableSet());
    }
}
