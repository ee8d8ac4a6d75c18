package vn.unioncare.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import vn.unioncare.training.FieldProblem;
import vn.unioncare.training.TrainingField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the service's problems next to the fields of a training form: form fields by {@link TrainingField}, fields
 * of a session row by field and the row's position.
 */
final class ProblemMarks {

    private final Component translator;
    private final Map<String, HasValidation> fields = new HashMap<>();

    ProblemMarks(Component translator) {
        this.translator = translator;
    }

    <C extends HasValidation> C bind(TrainingField field, C component) {
        return bind(field, -1, component);
    }

    <C extends HasValidation> C bind(TrainingField field, int index, C component) {
        fields.put(key(field, index), component);
        return component;
    }

    void forget(int index) {
        fields.keySet().removeIf(key -> key.endsWith("#" + index));
    }

    /** Marks every field with a problem and returns the problems that have no field on the form. */
    List<FieldProblem> show(List<FieldProblem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<FieldProblem> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(key(problem.field(), problem.index()));
            if (field == null) {
                elsewhere.add(problem);
            } else {
                field.setErrorMessage(text(problem));
                field.setInvalid(true);
            }
        }
        return elsewhere;
    }

    String text(FieldProblem problem) {
        return translator.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    private static String key(TrainingField field, int index) {
        return field.name() + "#" + index;
    }
}
