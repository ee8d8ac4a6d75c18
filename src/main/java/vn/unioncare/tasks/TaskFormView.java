package vn.unioncare.tasks;

import vn.unioncare.forms.FormSchema;

import java.time.Instant;
import java.util.Map;

/**
 * A task ready to be worked: its name, its form, the process variables the form may show, and where it stands —
 * who has it, on whose behalf (a delegated task returns to its owner when resolved), its dates and priority.
 */
public record TaskFormView(String taskId, String taskName, FormSchema form, Map<String, Object> variables,
                           String caseNumber, String assignee, String owner, boolean delegated, Instant due,
                           Instant followUp, PriorityBand priority) {
}
