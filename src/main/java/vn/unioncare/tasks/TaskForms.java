package vn.unioncare.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseSummary;
import vn.unioncare.casework.AuditType;
import vn.unioncare.forms.DeployedForms;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.FormValidation;
import vn.unioncare.forms.FormValidationException;
import vn.unioncare.forms.FormValidator;
import vn.unioncare.forms.SubmittedVariables;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.EngineIdentity;
import vn.unioncare.security.UnionCareUser;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completing a user task through its form, for the Vaadin task form and the JSON API alike. The task must be
 * assigned to the caller, or open to them through a candidate group; the submission is validated against the
 * task's deployed form before anything is written.
 */
@Service
public class TaskForms {

    private final TaskService tasks;
    private final EngineIdentity identity;
    private final TaskQueues queues;
    private final DeployedForms forms;
    private final FormValidator validator;
    private final CurrentUser currentUser;
    private final TaskAudit audit;
    private final CaseRecords records;
    private final CaseAttachments attachments;

    public TaskForms(TaskService tasks, EngineIdentity identity, TaskQueues queues, DeployedForms forms,
                     FormValidator validator, CurrentUser currentUser, TaskAudit audit, CaseRecords records,
                     CaseAttachments attachments) {
        this.audit = audit;
        this.records = records;
        this.attachments = attachments;
        this.queues = queues;
        this.tasks = tasks;
        this.identity = identity;
        this.forms = forms;
        this.validator = validator;
        this.currentUser = currentUser;
    }

    /** The task's form and the variables it may show; empty when the task is not the caller's to see. */
    public Optional<TaskFormView> open(String taskId) {
        return findWorkable(taskId, currentUser.require()).map(task -> {
            Map<String, Object> variables = tasks.getVariables(task.getId());
            Object caseNumber = variables.get(CaseRecords.CASE_NUMBER);
            return new TaskFormView(task.getId(), task.getName(), forms.taskForm(task.getId()).orElse(emptyForm(task)),
                    variables, caseNumber == null ? null : caseNumber.toString(), task.getAssignee(), task.getOwner(),
                    task.getDelegationState() == DelegationState.PENDING, instant(task.getDueDate()),
                    instant(task.getFollowUpDate()), PriorityBand.of(task.getPriority()));
        });
    }

    /**
     * Completes the task, or for a delegated task resolves it, which hands it back to its owner. Files of the form's
     * file pickers, staged by the caller beforehand, are attached to the task's case in the same transaction.
     */
    @Transactional
    public Completion complete(String taskId, Map<String, ?> submission) {
        UnionCareUser user = currentUser.require();
        Task task = findWorkable(taskId, user)
                .orElseThrow(() -> new TaskActionException("error.notFoundOrNoAccess", 404, taskId));
        // from here on a colleague may complete the task in the same moment: every engine call is inside the try
        try {
            FormSchema form = forms.taskForm(task.getId()).orElse(emptyForm(task));
            FormValidation validation = validator.validate(form, submission, tasks.getVariables(task.getId()));
            if (!validation.isValid()) {
                throw new FormValidationException(validation.errors());
            }
            attachStagedFiles(task, validation);
            return identity.callAs(user.getUsername(), () -> {
                if (task.getAssignee() == null) {
                    tasks.claim(task.getId(), user.getUsername());
                }
                if (task.getDelegationState() == DelegationState.PENDING) {
                    audit.record(task, AuditType.TASK_RESOLVED, Map.of("owner", task.getOwner()));
                    tasks.resolveTask(task.getId(), SubmittedVariables.of(form, validation.enteredValues()));
                    return Completion.RETURNED_TO_OWNER;
                }
                audit.record(task, AuditType.TASK_COMPLETED, Map.of());
                tasks.complete(task.getId(), SubmittedVariables.of(form, validation.enteredValues()));
                return Completion.COMPLETED;
            });
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskActionException("tasks.error.alreadyClaimed", 409, taskId);
        } catch (OptimisticLockingException e) {
            // a colleague completed or changed the task in the same moment: theirs stands, nothing of ours is saved
            throw new TaskActionException("tasks.error.changedMeanwhile", 409, taskId);
        } catch (NullValueException e) {
            throw new TaskActionException("error.notFoundOrNoAccess", 404, taskId);
        } catch (RuntimeException e) {
            // a colleague's completion committed between two of the engine's reads (the task read, its execution
            // already gone): the engine then fails half-way, with a NullPointerException in its permission check
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new TaskActionException("tasks.error.changedMeanwhile", 409, taskId);
            }
            throw e;
        }
    }

    private void attachStagedFiles(Task task, FormValidation validation) {
        if (validation.stagedFiles().isEmpty()) {
            return;
        }
        String caseNumber = records.findByProcessInstance(task.getProcessInstanceId()).map(CaseSummary::caseNumber)
                .orElseThrow(() -> new TaskActionException("tasks.error.noCaseForFiles", 409, task.getId()));
        attachments.adoptStaged(caseNumber, validation.stagedReferences());
    }

    /** The same scope check as the queues: the task must be in one of the caller's queues. */
    private Optional<Task> findWorkable(String taskId, UnionCareUser user) {
        if (!queues.isInMyQueues(taskId, user)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    private static java.time.Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private static FormSchema emptyForm(Task task) {
        return new FormSchema(task.getTaskDefinitionKey(), "default", null, null, List.of());
    }
}
