package vn.unioncare.bench;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;
import vn.unioncare.tasks.TaskQueues;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * UnionCare's side: the officer, signed in for the whole case (as in one browser session), submits the request for
 * a member through {@link CaseStarter} (the form is validated, the case file opened), and claims each task through
 * {@link TaskQueues#claim} and completes it through {@link TaskForms#complete} (validation, audit, engine).
 * Each case has a member of its own: the eligibility table refuses a second grant of a type within 12 months.
 */
final class UnionCareCaseDriver extends HardshipCaseDriver {

    private final UserAccountService accounts;
    private final CaseStarter starter;
    private final TaskQueues queues;
    private final TaskForms forms;
    private final List<Long> members;

    UnionCareCaseDriver(ApplicationContext context, List<Long> members) {
        super(context.getBean(TaskService.class), context.getBean(HistoryService.class));
        this.accounts = context.getBean(UserAccountService.class);
        this.starter = context.getBean(CaseStarter.class);
        this.queues = context.getBean(TaskQueues.class);
        this.forms = context.getBean(TaskForms.class);
        this.members = members;
    }

    @Override
    String start(int caseIndex) {
        return starter.start(PROCESS, requestForm(members.get(caseIndex))).processInstanceId();
    }

    @Override
    void work(Task task, Map<String, Object> form) {
        queues.claim(task.getId());
        forms.complete(task.getId(), form);
    }

    @Override
    void asOfficer(Callable<?> steps) throws Exception {
        try (SignedIn ignored = SignedIn.as(accounts, OFFICER)) {
            steps.call();
        }
    }
}
