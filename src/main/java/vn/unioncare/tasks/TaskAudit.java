package vn.unioncare.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.AuditTrail;
import vn.unioncare.casework.AuditType;

import java.util.HashMap;
import java.util.Map;

/** Records what officers do to tasks in the case's audit trail, and the task URLs they were refused. */
@Component
class TaskAudit {

    private final AuditTrail audit;
    private final TaskService tasks;

    TaskAudit(AuditTrail audit, TaskService tasks) {
        this.audit = audit;
        this.tasks = tasks;
    }

    /** Call before the task may have ended (completing removes it from the runtime tables). */
    void record(String taskId, AuditType type, Map<String, ?> details) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            record(task, type, details);
        }
    }

    void record(Task task, AuditType type, Map<String, ?> details) {
        Map<String, Object> all = new HashMap<>(details);
        all.put(AuditTrail.TASK_ID, task.getId());
        audit.record(task.getProcessInstanceId(), type, all);
    }

    void refused(String taskId) {
        audit.recordRefusal(AuditTrail.RESOURCE_TASK, taskId);
    }
}
