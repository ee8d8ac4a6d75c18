package vn.unioncare.hardship;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.casework.StatisticsPeriod;
import vn.unioncare.casework.SupervisionExports;
import vn.unioncare.casework.SupervisionStatistics;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assistance approved and paid appears on the supervision dashboard of the unions above, rolled up through the
 * hierarchy, and in its CSV export; the unions of another branch do not count it.
 */
@UnionCareSpringTest
class HardshipFiguresTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    ApplicationContext context;
    @Autowired
    SupervisionStatistics statistics;
    @Autowired
    SupervisionExports exports;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserAccountService accounts;

    @Test
    void aPaidSchoolGrantCountsForTheWardUnionAndTheCityButNotForTheHealthSectorUnion() {
        StatisticsPeriod today = StatisticsPeriod.lastDays(1, LocalDate.now());
        long ward = organisation.findByCode("CD-P-CAU-GIAY").orElseThrow().id();
        long health = organisation.findByCode("CD-NGANH-YTE").orElseThrow().id();
        long city = organisation.findByCode("HLF").orElseThrow().id();
        long[] wardBefore = otherSupport("commune.officer", ward, today);
        long[] healthBefore = otherSupport("health.officer", health, today);
        long[] cityBefore = otherSupport("hlf.welfare", city, today);

        HardshipSteps steps = HardshipSteps.of(context);
        Map<String, Object> request = new java.util.HashMap<>(HardshipSteps.request("other",
                "Gia đình có hai con nhỏ, vợ thất nghiệp", 700_000));
        request.put("memberId", Long.toString(HardshipSteps.newMember(context, "CS-THCS-NGHIA-TAN")));
        StartedCase started = steps.submit("school.chair", request);
        steps.approveAtSchool(started, 700_000);
        steps.complete("school.chair", steps.awaitTask(started, "Task_Disburse"), Map.of("paymentMethod", "cash",
                "paymentReference", "PC-FIG-1", "paidOn", LocalDate.now().toString()));
        steps.awaitEnd(started);

        assertThat(delta(otherSupport("commune.officer", ward, today), wardBefore)).containsExactly(1, 1, 0, 700_000, 700_000);
        assertThat(delta(otherSupport("hlf.welfare", city, today), cityBefore)).containsExactly(1, 1, 0, 700_000, 700_000);
        assertThat(delta(otherSupport("health.officer", health, today), healthBefore)).containsExactly(0, 0, 0, 0, 0);
        String csv = steps.as("commune.officer", () -> new String(exports.csv(ward, today, VIETNAMESE).content(),
                StandardCharsets.UTF_8));
        assertThat(csv).contains("Hỗ trợ đoàn viên khó khăn theo loại", "Số tiền hỗ trợ tháng này và năm nay");
    }

    /** received, approved, rejected, amount approved, amount paid for the support type "other". */
    private long[] otherSupport(String supervisor, long unit, StatisticsPeriod period) {
        try (SignedIn ignored = SignedIn.as(accounts, supervisor)) {
            FigureTable byType = statistics.report(unit, period, VIETNAMESE).contributed().stream()
                    .filter(t -> t.title().equals("Hỗ trợ đoàn viên khó khăn theo loại")).findFirst().orElseThrow();
            return byType.rows().stream().filter(r -> r.labels().equals(List.of("Khác"))).findFirst()
                    .map(r -> r.values().stream().mapToLong(Long::longValue).toArray()).orElse(new long[5]);
        }
    }

    private static long[] delta(long[] after, long[] before) {
        long[] delta = new long[after.length];
        for (int i = 0; i < after.length; i++) {
            delta[i] = after[i] - before[i];
        }
        return delta;
    }
}
