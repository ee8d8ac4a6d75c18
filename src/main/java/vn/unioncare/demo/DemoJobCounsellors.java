package vn.unioncare.demo;

import vn.unioncare.security.NewAccount;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UserAccountService;

import java.util.List;
import java.util.Set;

/**
 * Job counsellors: the officers of the three unions directly above grassroots counsel their members' job seekers,
 * and {@code hlf.jobs} of the city federation takes over counselling that is overdue.
 */
final class DemoJobCounsellors {

    private DemoJobCounsellors() {
    }

    static void load(UserAccountService accounts) {
        List.of(List.of("commune.officer", DemoData.COMMUNE), List.of("health.officer", DemoData.HEALTH),
                List.of("parks.officer", DemoData.PARKS)).forEach(officer ->
                accounts.assignRole(officer.get(0), officer.get(1), OfficerRole.JOB_COUNSELLOR, true));
        accounts.createAccount(new NewAccount("hlf.jobs", DemoData.DEMO_PASSWORD,
                "Đinh Thị Quỳnh (Trung tâm Tư vấn việc làm công đoàn)", "hlf.jobs@unioncare.test", null, Set.of()));
        accounts.markAsDemoAccount("hlf.jobs");
        accounts.assignRole("hlf.jobs", DemoData.CITY, OfficerRole.JOB_COUNSELLOR, true);
    }
}
