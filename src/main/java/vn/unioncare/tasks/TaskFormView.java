package vn.unioncare.tasks;

import vn.unioncare.forms.FormSchema;

import java.util.Map;

/** A task ready to be worked: its name, its form and the process variables the form may show. */
public record TaskFormView(String taskId, String taskName, FormSchema form, Map<String, Object> variables) {
}
