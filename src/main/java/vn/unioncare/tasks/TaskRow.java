package vn.unioncare.tasks;

import java.time.Instant;

/** One open task as the queues show it, with its case and member. */
public record TaskRow(String taskId, String taskName, String processKey, String caseNumber, String memberName,
                      Long orgUnitId, Instant created, Instant due, int priority, String assignee) {
}
