package vn.unioncare.training;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.NewAccount;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UserAccountService;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Courses, cohorts, coordinators and members for the training tests, on the demo data. */
final class TrainingFixtures {

    static final String CITY_COORDINATOR = "hlf.training";
    static final String TRAINER = "trainer";

    private TrainingFixtures() {
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static CourseView course(TrainingCatalogue catalogue, UserAccountService accounts, String title,
                             CourseFormat format) {
        try (SignedIn ignored = SignedIn.as(accounts, CITY_COORDINATOR)) {
            return catalogue.createCourse(new CourseDraft(title, CourseTopic.ONLINE_FRAUD, format, 8, null,
                    "Khóa học thử", true));
        }
    }

    /** Sessions on the given days from today, 18:00 to 20:00, at a venue. */
    static List<SessionDraft> evenings(LocalDate today, int... daysAhead) {
        List<SessionDraft> sessions = new ArrayList<>();
        for (int days : daysAhead) {
            sessions.add(new SessionDraft(null, today.plusDays(days), LocalTime.of(18, 0), LocalTime.of(20, 0),
                    "Nhà văn hóa phường Cầu Giấy"));
        }
        return sessions;
    }

    static CohortDraft cohortDraft(long courseId, long unitId, int seats, LocalDate today, int... daysAhead) {
        return new CohortDraft(courseId, unitId, TRAINER, seats, today.plusDays(1), null, evenings(today, daysAhead));
    }

    static CohortView cohort(TrainingCatalogue catalogue, UserAccountService accounts, String coordinator,
                             CohortDraft draft) {
        try (SignedIn ignored = SignedIn.as(accounts, coordinator)) {
            return catalogue.createCohort(draft);
        }
    }

    static long unit(OrganisationService organisation, String code) {
        return organisation.findByCode(code).orElseThrow().id();
    }

    /** A new account holding {@code role} at the union over its subtree. */
    static String officer(UserAccountService accounts, String unitCode, OfficerRole role) {
        String username = "training." + tag();
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            accounts.createAccount(new NewAccount(username, "Mat-khau-thu-" + username, "Cán bộ thử " + username, null,
                    null, Set.of()));
            accounts.assignRole(username, unitCode, role, true);
        }
        return username;
    }

    static List<Long> activeMembers(JdbcTemplate jdbc, int count) {
        return jdbc.queryForList("select id from member where status = 'ACTIVE' order by id limit ?", Long.class,
                count);
    }
}
