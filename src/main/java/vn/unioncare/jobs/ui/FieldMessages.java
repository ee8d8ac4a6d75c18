package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import vn.unioncare.jobs.FieldProblem;
import vn.unioncare.jobs.JobField;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Shows the service's problems next to the fields of a form, in the reader's language. */
final class FieldMessages {

    private final Component translator;
    private final Map<JobField, HasValidation> fields = new EnumMap<>(JobField.class);

    FieldMessages(Component translator) {
        this.translator = translator;
    }

    <C extends HasValidation> C bind(JobField field, C component) {
        fields.put(field, component);
        return component;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Marks every field with a problem; problems of fields not on the form are returned to show otherwise. */
    List<FieldProblem> show(List<FieldProblem> problems) {
        clear();
        return problems.stream().filter(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                return true;
            }
            field.setErrorMessage(translator.getTranslation(problem.messageKey(), problem.arguments().toArray()));
            field.setInvalid(true);
            return false;
        }).toList();
    }
}
