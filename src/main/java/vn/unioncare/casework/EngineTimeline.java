package vn.unioncare.casework;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What Camunda's history knows about one process instance, as timeline entries: the start with the submitted start
 * form, each user task created and completed (with the data submitted with it), events that fired, the end, and the
 * task operations users did (from the user-operation log). Completions and the start are read from the history
 * tables, so the log's own "Complete" and "Create" lines are not shown twice.
 */
@Component
class EngineTimeline {

    /** The history of one instance: the name of its process version and its entries, in the order they happened. */
    record EngineHistory(String processName, List<TimelineEntry> entries) {
    }

    private static final String COMPLETED = "completed";

    private final HistoryService history;
    private final TaskOperations taskOperations;

    EngineTimeline(HistoryService history, TaskOperations taskOperations) {
        this.history = history;
        this.taskOperations = taskOperations;
    }

    Optional<EngineHistory> read(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        List<HistoricVariableUpdate> updates = history.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()
                .stream().map(HistoricVariableUpdate.class::cast).toList();
        List<UserOperationLogEntry> operations = history.createUserOperationLogQuery()
                .processInstanceId(processInstanceId).orderByTimestamp().asc().list();
        Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));

        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(instant(instance.getStartTime()), actorOr(instance.getStartUserId()), null,
                TimelineKind.PROCESS_STARTED, instance.getProcessDefinitionName(),
                shownValues(updates, u -> Boolean.TRUE.equals(u.isInitial())), null));
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        for (HistoricActivityInstance activity : activities) {
            if (activity.getTaskId() != null && tasks.containsKey(activity.getTaskId())) {
                addTask(entries, tasks.get(activity.getTaskId()), updates, operations);
            } else if (isEvent(activity) && activity.getEndTime() != null) {
                entries.add(new TimelineEntry(instant(activity.getEndTime()), AuditTrail.SYSTEM, null,
                        TimelineKind.EVENT_OCCURRED, nameOf(activity), Map.of(), null));
            }
        }
        entries.addAll(taskOperations.entries(operations, tasks));
        if (instance.getEndTime() != null) {
            entries.add(ended(instance, activities));
        }
        return Optional.of(new EngineHistory(instance.getProcessDefinitionName(), entries));
    }

    private static void addTask(List<TimelineEntry> entries, HistoricTaskInstance task,
                                List<HistoricVariableUpdate> updates, List<UserOperationLogEntry> operations) {
        entries.add(new TimelineEntry(instant(task.getStartTime()), AuditTrail.SYSTEM, null, TimelineKind.TASK_CREATED,
                task.getName(), Map.of(), task.getId()));
        if (task.getEndTime() == null) {
            return;
        }
        if (COMPLETED.equals(task.getDeleteReason())) {
            String completedBy = operations.stream()
                    .filter(o -> task.getId().equals(o.getTaskId())
                            && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(o.getOperationType()))
                    .map(UserOperationLogEntry::getUserId).findFirst().orElse(task.getAssignee());
            entries.add(new TimelineEntry(instant(task.getEndTime()), actorOr(completedBy), null,
                    TimelineKind.TASK_COMPLETED, task.getName(),
                    shownValues(updates, u -> task.getActivityInstanceId().equals(u.getActivityInstanceId())
                            || task.getId().equals(u.getTaskId())), task.getId()));
        } else {
            Map<String, String> reason = task.getDeleteReason() == null ? Map.of() : Map.of("reason", task.getDeleteReason());
            entries.add(new TimelineEntry(instant(task.getEndTime()), AuditTrail.SYSTEM, null,
                    TimelineKind.TASK_CANCELLED, task.getName(), reason, task.getId()));
        }
    }

    private static TimelineEntry ended(HistoricProcessInstance instance, List<HistoricActivityInstance> activities) {
        String endName = activities.stream().filter(a -> a.getActivityId().equals(instance.getEndActivityId()))
                .map(EngineTimeline::nameOf).findFirst().orElse(instance.getProcessDefinitionName());
        Map<String, String> details = new LinkedHashMap<>();
        if (instance.getDeleteReason() != null) {
            details.put("reason", instance.getDeleteReason());
        }
        return new TimelineEntry(instant(instance.getEndTime()), AuditTrail.SYSTEM, null, TimelineKind.PROCESS_ENDED,
                endName, details, null);
    }

    /** Timers, messages, signals and conditions that fired, on their own or at the boundary of a task. */
    private static boolean isEvent(HistoricActivityInstance activity) {
        String type = activity.getActivityType();
        return type.startsWith("boundary") || type.equals("intermediateTimer") || type.startsWith("intermediateMessageCatch")
                || type.startsWith("intermediateSignalCatch") || type.equals("intermediateConditional");
    }

    /** The latest value of each shown variable among the matching updates, in the order they were first set. */
    private static Map<String, String> shownValues(List<HistoricVariableUpdate> updates,
                                                   Predicate<HistoricVariableUpdate> matching) {
        Map<String, String> values = new LinkedHashMap<>();
        updates.stream().filter(matching).filter(u -> TimelineValues.isShown(u.getVariableName()))
                .forEach(u -> values.put(u.getVariableName(),
                        u.getErrorMessage() == null ? TimelineValues.text(u.getTypedValue()) : ""));
        return values;
    }

    private static String nameOf(HistoricActivityInstance activity) {
        return activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
    }

    static String actorOr(String userId) {
        return userId == null ? AuditTrail.SYSTEM : userId;
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
