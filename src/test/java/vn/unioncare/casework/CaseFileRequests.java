package vn.unioncare.casework;

import org.camunda.bpm.engine.TaskService;
import vn.unioncare.SignedIn;
import vn.unioncare.security.UserAccountService;

import java.util.Map;

/**
 * Requests for the case-file tests: {@code case-file-review} (test process) takes the start form's {@code note},
 * gives the member's chair a decision task with a form and reminds after three days.
 */
public final class CaseFileRequests {

    public static final String PROCESS = "case-file-review";

    private CaseFileRequests() {
    }

    public static StartedCase submit(UserAccountService accounts, CaseStarter starter, String member, String note) {
        try (SignedIn ignored = SignedIn.as(accounts, member)) {
            return starter.start(PROCESS, Map.of("note", note));
        }
    }

    public static String openTask(TaskService tasks, StartedCase started) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
    }
}
