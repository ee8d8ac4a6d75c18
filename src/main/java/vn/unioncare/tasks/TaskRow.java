package vn.unioncare.tasks;

import java.time.Instant;

/**
 * One open task as the queues show it, with its case and member. {@code onBehalfOf} names the officer the task is
 * worked for: the owner of a delegated task, or the absent colleague whose queue a substitute covers.
 */
public record TaskRow(String taskId, String taskName, String processKey, String processName, String caseNumber,
                      String memberName, Long orgUnitId, String unionNameVi, String unionNameEn, Instant created, Instant due,
                      Instant followUp, int priority,
                      String assignee, String onBehalfOf) {

    public String unionName(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && unionNameEn != null ? unionNameEn : unionNameVi;
    }

    public PriorityBand priorityBand() {
        return PriorityBand.of(priority);
    }
}
