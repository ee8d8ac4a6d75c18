package vn.unioncare.casework;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Task operations users did, from Camunda's user-operation log (written when the engine knows the user, as
 * UnionCare's EngineIdentity makes sure): claim and give back, assign, delegate, resolve, due and follow-up
 * dates, priority. One operation may log several properties under one operation id; it becomes one entry.
 */
@Component
class TaskOperations {

    List<TimelineEntry> entries(List<UserOperationLogEntry> log, Map<String, HistoricTaskInstance> tasks) {
        Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
        log.stream().filter(e -> UserOperationLogEntry.ENTITY_TYPE_TASK.equals(e.getEntityType()))
                .forEach(e -> operations.computeIfAbsent(e.getOperationId(), id -> new ArrayList<>()).add(e));
        List<TimelineEntry> entries = new ArrayList<>();
        for (List<UserOperationLogEntry> operation : operations.values()) {
            UserOperationLogEntry first = operation.get(0);
            Map<String, String> changes = new LinkedHashMap<>();
            operation.forEach(e -> changes.put(String.valueOf(e.getProperty()), e.getNewValue()));
            TimelineKind kind = kindOf(first.getOperationType(), changes);
            if (kind != null) {
                HistoricTaskInstance task = tasks.get(first.getTaskId());
                entries.add(new TimelineEntry(EngineTimeline.instant(first.getTimestamp()),
                        EngineTimeline.actorOr(first.getUserId()), null, kind, task == null ? "" : task.getName(),
                        details(kind, changes), first.getTaskId()));
            }
        }
        return entries;
    }

    /** What an operation means for the case; {@code null} for operations shown elsewhere or not at all. */
    private static TimelineKind kindOf(String operationType, Map<String, String> changes) {
        return switch (operationType) {
            case UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_ASSIGN ->
                    changes.get("assignee") == null ? TimelineKind.TASK_UNCLAIMED
                            : UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(operationType)
                            ? TimelineKind.TASK_CLAIMED : TimelineKind.TASK_ASSIGNED;
            case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> TimelineKind.TASK_DELEGATED;
            case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> TimelineKind.TASK_RESOLVED;
            case UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE, UserOperationLogEntry.OPERATION_TYPE_SET_FOLLOW_UP_DATE ->
                    TimelineKind.TASK_DATES_CHANGED;
            case UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY -> TimelineKind.TASK_PRIORITY_CHANGED;
            case UserOperationLogEntry.OPERATION_TYPE_UPDATE -> changes.containsKey("dueDate")
                    || changes.containsKey("followUpDate") ? TimelineKind.TASK_DATES_CHANGED
                    : changes.containsKey("priority") ? TimelineKind.TASK_PRIORITY_CHANGED : null;
            default -> null;
        };
    }

    private static Map<String, String> details(TimelineKind kind, Map<String, String> changes) {
        Map<String, String> details = new LinkedHashMap<>();
        switch (kind) {
            case TASK_ASSIGNED, TASK_DELEGATED -> details.put("assignee", changes.get("assignee"));
            case TASK_DATES_CHANGED -> {
                putDate(details, changes, "dueDate");
                putDate(details, changes, "followUpDate");
            }
            case TASK_PRIORITY_CHANGED -> details.put("priority", changes.get("priority"));
            default -> { }
        }
        return details;
    }

    private static void putDate(Map<String, String> details, Map<String, String> changes, String property) {
        if (changes.containsKey(property)) {
            details.put(property, TimelineValues.epochMillis(changes.get(property)));
        }
    }
}
