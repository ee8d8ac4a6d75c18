package vn.unioncare.casework;

import org.camunda.bpm.engine.TaskService;
import vn.unioncare.DemoRequests;
import vn.unioncare.security.UserAccountService;


/**
 * Requests for the case-file tests: {@code case-file-review} (test process) takes the start form's {@code note},
 * gives the member's chair a decision task with a form and reminds after three days.
 */
public final class CaseFileRequests {

    public static final String PROCESS = "case-file-review";

    private CaseFileRequests() {
    }

    public static StartedCase submit(UserAccountService accounts, CaseStarter starter, String member, String note) {
        return DemoRequests.start(PROCESS, member, note, starter, accounts);
    }

    public static String openTask(TaskService tasks, StartedCase started) {
        return DemoRequests.openTaskOf(started, tasks);
    }
}
