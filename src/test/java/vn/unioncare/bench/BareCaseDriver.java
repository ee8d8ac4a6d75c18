package vn.unioncare.bench;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The baseline's side: the same case through {@code RuntimeService}/{@code TaskService} of the bare engine, with
 * the variables UnionCare's forms hand to the engine (numbers as Long, the member as an id, the fields marked as
 * personal data — circumstances, review notes — as transient variables). The officer is the engine's authenticated
 * user while acting, as in any Camunda web application.
 */
final class BareCaseDriver extends HardshipCaseDriver {

    private static final Set<String> TRANSIENT = Set.of("circumstances", "reviewNotes");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    BareCaseDriver(ProcessEngine engine) {
        super(engine.getTaskService(), engine.getHistoryService());
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
    }

    @Override
    String start(int caseIndex) {
        Map<String, Object> form = new java.util.HashMap<>(requestForm(caseIndex + 1));
        form.put("memberId", (long) caseIndex + 1);
        form.put("providedDocuments", new ArrayList<>((List<?>) form.get("providedDocuments")));
        return runtime.startProcessInstanceByKey(PROCESS, variables(form)).getId();
    }

    @Override
    void work(Task task, Map<String, Object> form) {
        tasks.claim(task.getId(), OFFICER);
        tasks.complete(task.getId(), variables(form));
    }

    @Override
    void asOfficer(Callable<?> steps) throws Exception {
        identity.setAuthenticatedUserId(OFFICER);
        try {
            steps.call();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static VariableMap variables(Map<String, Object> form) {
        VariableMap variables = Variables.createVariables();
        form.forEach((name, value) -> {
            if (TRANSIENT.contains(name)) {
                variables.putValueTyped(name, Variables.untypedValue(value, true));
            } else {
                variables.putValue(name, value);
            }
        });
        return variables;
    }
}
