package vn.unioncare.casework;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.unioncare.forms.DeployedForms;
import vn.unioncare.forms.FormComponent;
import vn.unioncare.forms.FormSchema;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Submitted data as officers read it on the case page: each field under its label in the forms of the process, and a
 * chosen option under its option label ("Quyết định: Duyệt" rather than "decision: approve"). Fields no form names
 * keep their variable name.
 */
@Component
class FormLabels {

    private final RepositoryService repository;
    private final DeployedForms forms;

    FormLabels(RepositoryService repository, DeployedForms forms) {
        this.repository = repository;
        this.forms = forms;
    }

    /** The fields of the start form and of every user task form of the process definition. */
    Labels of(String processDefinitionId, Locale locale) {
        Map<String, FormComponent> fields = new HashMap<>();
        forms.startForm(processDefinitionId).ifPresent(form -> collect(form, fields));
        repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(UserTask.class).stream()
                .map(UserTask::getCamundaFormRef).filter(Objects::nonNull).distinct()
                .forEach(formId -> forms.latest(formId).ifPresent(form -> collect(form, fields)));
        return new Labels(fields, locale);
    }

    private static void collect(FormSchema form, Map<String, FormComponent> fields) {
        form.allComponents().stream().filter(c -> c.key() != null && c.label() != null)
                .forEach(c -> fields.putIfAbsent(c.key(), c));
    }

    record Labels(Map<String, FormComponent> fields, Locale locale) {

        Map<String, String> apply(Map<String, String> submitted) {
            Map<String, String> labelled = new LinkedHashMap<>();
            submitted.forEach((key, value) -> {
                FormComponent field = fields.get(key);
                labelled.put(field == null ? key : field.label(locale), field == null ? value : option(field, value));
            });
            return labelled;
        }

        private static String option(FormComponent field, String value) {
            if (field.values() == null) {
                return value;
            }
            return field.values().stream().filter(o -> Objects.equals(o.value(), value))
                    .map(FormComponent.Option::label).findFirst().orElse(value);
        }
    }
}
