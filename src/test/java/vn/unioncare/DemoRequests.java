package vn.unioncare;

import org.camunda.bpm.engine.TaskService;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;

import java.util.Map;

/** Requests submitted as demo members do in the portal, through the test process {@code foundation-roundtrip}. */
public final class DemoRequests {

    private DemoRequests() {
    }

    /** A request by {@code member} (Nguyễn Văn An) of the school union. */
    public static StartedCase fromSchoolMember(CaseStarter starter, UserAccountService accounts) {
        return from("member", starter, accounts);
    }

    public static StartedCase from(String memberAccount, CaseStarter starter, UserAccountService accounts) {
        return start("foundation-roundtrip", memberAccount, "Đề nghị hỗ trợ", starter, accounts);
    }

    /** A request to a test process whose start form has a {@code note}, submitted as the given account. */
    public static StartedCase start(String process, String account, String note, CaseStarter starter,
                                    UserAccountService accounts) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return starter.start(process, Map.of("note", note));
        }
    }

    /** The id of the one open task of the request. */
    public static String openTaskOf(StartedCase started, TaskService tasks) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
    }
}
