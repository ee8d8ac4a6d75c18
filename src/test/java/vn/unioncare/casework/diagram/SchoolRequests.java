package vn.unioncare.casework.diagram;

import org.camunda.bpm.engine.TaskService;
import vn.unioncare.DemoRequests;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;


/** Cases whose diagrams the tests look at: a request of the school union's member, reviewed or not. */
public final class SchoolRequests {

    private SchoolRequests() {
    }

    /** A request submitted by the member Nguyễn Văn An of the school union, waiting for the chair's review. */
    public static StartedCase submitted(UserAccountService accounts, CaseStarter starter) {
        return DemoRequests.fromSchoolMember(starter, accounts);
    }

    /** Completes the review, which ends the case. */
    public static void reviewed(TaskService tasks, StartedCase request) {
        tasks.complete(DemoRequests.openTaskOf(request, tasks));
    }
}
