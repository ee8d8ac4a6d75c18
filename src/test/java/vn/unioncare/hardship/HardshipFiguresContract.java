package vn.unioncare.hardship;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.casework.StatisticsPeriod;
import vn.unioncare.casework.SupervisionExports;
import vn.unioncare.casework.SupervisionReport;
import vn.unioncare.casework.SupervisionStatistics;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static vn.unioncare.DemoUnits.CITY;
import static vn.unioncare.DemoUnits.WARD;
import static vn.unioncare.DemoUnits.HEALTH;
import static vn.unioncare.DemoUnits.SCHOOL;
import static vn.unioncare.DemoUnits.HOSPITAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hardship amounts on the supervision dashboard, counted in SQL over the requests of a union's subtree, on H2 and on
 * PostgreSQL. Other tests share the database: figures of this test's own requests are either compared before and
 * after, or taken over a period long before any other test's data.
 */
abstract class HardshipFiguresContract {

    private static final String SCHOOL_NAME = "Công đoàn cơ sở Trường THCS Nghĩa Tân";
    private static final String HOSPITAL_NAME = "Công đoàn cơ sở Bệnh viện Đa khoa Xanh Pôn";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BY_TYPE = "Hỗ trợ khó khăn theo loại hỗ trợ";
    private static final String BY_UNION = "Hỗ trợ khó khăn theo công đoàn trực thuộc";
    private static final String TET = "Hỗ trợ Tết";
    private static final String TOTAL = "Tổng cộng";

    @Autowired
    HardshipFigures figures;
    @Autowired
    SupervisionStatistics statistics;
    @Autowired
    SupervisionExports exports;
    @Autowired
    OrganisationService organisation;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskForms taskForms;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    UserAccountService accounts;

    HardshipSteps steps;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeEach
    void setUpSteps() {
        steps = new HardshipSteps(starter, taskForms, tasks, history, accounts);
    }

    @Test
    @Transactional
    void eachRequestCountsInThePeriodOfItsOwnReceiptDecisionAndPayment() {
        StatisticsPeriod march = new StatisticsPeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
        request(SCHOOL, "sickness", "PAID", 900_000L, "2020-02-20", "2020-02-25", "2020-03-02");
        request(SCHOOL, "sickness", "APPROVED", 700_000L, "2020-03-10", "2020-03-12", null);
        request(SCHOOL, "sickness", "REJECTED", null, "2020-03-15", "2020-03-20", null);
        request(SCHOOL, "tet", "SUBMITTED", null, "2020-03-31", null, null);
        request(SCHOOL, "tet", "PAID", 500_000L, "2020-04-01", "2020-04-01", "2020-04-02");
        request(HOSPITAL, "sickness", "PAID", 1_000_000L, "2020-03-03", "2020-03-04", "2020-03-05");

        List<FigureTable> ward = figures.figures(unit(WARD), march, VIETNAMESE);

        assertThat(ward).extracting(FigureTable::title).containsExactly(BY_TYPE, BY_UNION,
                "Số tiền hỗ trợ tháng này và năm nay");
        assertThat(ward.get(2).rows()).containsExactly(FigureTable.Row.of("Tháng này", 700_000L, 900_000L),
                FigureTable.Row.of("Năm nay", 1_600_000L, 900_000L));
        FigureTable byType = ward.get(0);
        assertThat(byType.labelHeaders()).containsExactly("Loại hỗ trợ");
        assertThat(byType.columns()).extracting(FigureTable.Column::header).containsExactly("Đề nghị nhận được",
                "Được duyệt hoặc đã chi", "Không được hỗ trợ", "Số tiền được duyệt", "Số tiền đã chi");
        assertThat(byType.columns()).extracting(FigureTable.Column::unit).containsExactly(FigureTable.Unit.COUNT,
                FigureTable.Unit.COUNT, FigureTable.Unit.COUNT, FigureTable.Unit.VND, FigureTable.Unit.VND);
        assertThat(byType.rows()).containsExactly(
                FigureTable.Row.of("Ốm đau, bệnh hiểm nghèo", 2L, 1L, 1L, 700_000L, 900_000L),
                FigureTable.Row.of(TET, 1L, 0L, 0L, 0L, 0L),
                FigureTable.Row.of(TOTAL, 3L, 1L, 1L, 700_000L, 900_000L));

        FigureTable byUnion = ward.get(1);
        assertThat(byUnion.columns()).extracting(FigureTable.Column::header)
                .containsExactly("Đề nghị nhận được", "Đã chi trả", "Số tiền đã chi");
        assertThat(byUnion.rows()).containsExactly(FigureTable.Row.of(SCHOOL_NAME, 3L, 1L, 900_000L),
                FigureTable.Row.of(TOTAL, 3L, 1L, 900_000L));

        assertThat(figures.figures(unit(HEALTH), march, Locale.ENGLISH).get(0).rows())
                .containsExactly(FigureTable.Row.of("Sickness, serious illness", 1L, 1L, 0L, 1_000_000L, 1_000_000L),
                        FigureTable.Row.of("Total", 1L, 1L, 0L, 1_000_000L, 1_000_000L));
        assertThat(figures.figures(unit(SCHOOL), march, VIETNAMESE).get(1).rows()).first()
                .isEqualTo(FigureTable.Row.of(SCHOOL_NAME + " (hồ sơ tại chính đơn vị)", 3L, 1L, 900_000L));
    }

    @Test
    @Transactional
    void theCityRollsTheRequestsUpUnderTheUnionsDirectlyBelowIt() {
        StatisticsPeriod day = new StatisticsPeriod(LocalDate.of(2019, 6, 3), LocalDate.of(2019, 6, 3));
        request(SCHOOL, "tet", "PAID", 400_000L, "2019-06-03", "2019-06-03", "2019-06-03");
        request(HOSPITAL, "tet", "PAID", 300_000L, "2019-06-03", "2019-06-03", "2019-06-03");
        request(HOSPITAL, "other", "WITHDRAWN", null, "2019-06-03", "2019-06-03", null);

        List<FigureTable.Row> rows = figures.figures(unit(CITY), day, VIETNAMESE).get(1).rows();

        assertThat(rows).contains(FigureTable.Row.of("Công đoàn phường Cầu Giấy", 1L, 1L, 400_000L),
                FigureTable.Row.of("Công đoàn ngành Y tế Hà Nội", 2L, 1L, 300_000L),
                FigureTable.Row.of("Công đoàn các Khu công nghiệp và chế xuất Hà Nội", 0L, 0L, 0L),
                FigureTable.Row.of(TOTAL, 3L, 2L, 700_000L));
        assertThat(rows).extracting(r -> r.labels().get(0)).doesNotContain(SCHOOL_NAME, HOSPITAL_NAME);
    }

    @Test
    void theWardUnionSeesWhatTheSchoolPaidAndNothingOfTheHospital() {
        StatisticsPeriod lastMonth = StatisticsPeriod.lastDays(30, LocalDate.now(clock));
        List<FigureTable> wardBefore = contributed("commune.officer", WARD, lastMonth);
        List<FigureTable> healthBefore = contributed("health.officer", HEALTH, lastMonth);

        paid(steps.submit("school.chair", forNewMember(tetRequest(600_000), "CS-THCS-NGHIA-TAN")),
                "school.chair", 600_000);
        rejectedAtReview(steps.submit("school.chair", forNewMember(Map.of("supportType", "other",
                "circumstances", "Gia đình gặp khó khăn đột xuất", "amountRequested", 300_000,
                "paymentMethod", "cash"), "CS-THCS-NGHIA-TAN")));
        paid(steps.submit("hospital.chair", forNewMember(tetRequest(400_000), "CS-BV-XANH-PON")),
                "hospital.chair", 400_000);

        List<FigureTable> wardAfter = contributed("commune.officer", WARD, lastMonth);
        assertThat(change(wardBefore, wardAfter, BY_TYPE, TOTAL)).containsExactly(2L, 1L, 1L, 600_000L, 600_000L);
        assertThat(change(wardBefore, wardAfter, BY_TYPE, TET)).containsExactly(1L, 1L, 0L, 600_000L, 600_000L);
        assertThat(change(wardBefore, wardAfter, BY_UNION, SCHOOL_NAME)).containsExactly(2L, 1L, 600_000L);
        assertThat(table(wardAfter, BY_UNION).rows()).extracting(r -> r.labels().get(0)).doesNotContain(HOSPITAL_NAME);
        List<FigureTable> healthAfter = contributed("health.officer", HEALTH, lastMonth);
        assertThat(change(healthBefore, healthAfter, BY_UNION, HOSPITAL_NAME)).containsExactly(1L, 1L, 400_000L);

        String csv = new String(steps.as("commune.officer", () -> exports.csv(unit(WARD), lastMonth, VIETNAMESE))
                .content(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n" + BY_TYPE + "\r\nLoại hỗ trợ,Đề nghị nhận được,Được duyệt hoặc đã chi,"
                + "Không được hỗ trợ,Số tiền được duyệt,Số tiền đã chi\r\n", "\r\n" + BY_UNION + "\r\n")
                .contains("\r\n" + SCHOOL_NAME + ",").doesNotContain(HOSPITAL_NAME);
    }

    private Map<String, Object> tetRequest(long amount) {
        return Map.of("supportType", "tet", "circumstances", "Hoàn cảnh khó khăn dịp Tết",
                "amountRequested", amount, "paymentMethod", "cash");
    }

    private void paid(StartedCase started, String chair, long amount) {
        steps.complete(chair, steps.awaitTask(started, "Task_ReviewRequest"), Map.of("verified", true,
                "recommendation", "support", "proposedAmount", amount));
        steps.complete(chair, steps.awaitTask(started, "Task_ApproveRequest"), Map.of("approvalDecision", "approve",
                "approvedAmount", amount));
        steps.complete(chair, steps.awaitTask(started, "Task_Disburse"), Map.of("paymentMethod", "cash",
                "paymentReference", "PC-" + started.caseNumber(), "paidOn", LocalDate.now(clock).toString()));
        steps.awaitEnd(started);
    }

    private void rejectedAtReview(StartedCase started) {
        steps.complete("school.chair", steps.awaitTask(started, "Task_ReviewRequest"), Map.of("verified", true,
                "recommendation", "reject", "rejectionReason", "Không thuộc đối tượng hỗ trợ của quỹ"));
        steps.awaitEnd(started);
    }

    private List<FigureTable> contributed(String officer, String unitCode, StatisticsPeriod period) {
        SupervisionReport report = steps.as(officer, () -> statistics.report(unit(unitCode), period, VIETNAMESE));
        return report.contributed();
    }

    /** A row's values after minus before; a row that was not there before counts as zeros. */
    private static List<Long> change(List<FigureTable> before, List<FigureTable> after, String title, String label) {
        List<Long> then = row(table(before, title), label);
        List<Long> now = row(table(after, title), label);
        assertThat(now).as(label + " in " + title).isNotNull();
        return java.util.stream.IntStream.range(0, now.size())
                .mapToObj(i -> now.get(i) - (then == null ? 0 : then.get(i))).toList();
    }

    private static FigureTable table(List<FigureTable> tables, String title) {
        return tables.stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not among " + tables));
    }

    private static List<Long> row(FigureTable table, String label) {
        return table.rows().stream().filter(r -> r.labels().get(0).equals(label)).findFirst()
                .map(FigureTable.Row::values).orElse(null);
    }

    private long unit(String code) {
        return organisation.findByCode(code).orElseThrow().id();
    }

    /** A request as the process leaves it, written straight into the table for dates no other test uses. */
    private void request(String unitCode, String type, String outcome, Long approvedAmount, String created,
                         String decided, String paid) {
        String key = UUID.randomUUID().toString();
        jdbc.update("""
                insert into hardship_request (case_number, process_instance_id, member_id, support_type,
                    amount_requested, payment_method, grassroots_unit_id, approved_amount, outcome, decided_at, paid_at,
                    created_at, version)
                values (:caseNumber, :instance, (select min(id) from member), :type, 1000000, 'cash', :unit,
                    :approved, :outcome, :decided, :paid, :created, 0)""",
                new MapSqlParameterSource("caseNumber", "HT-TEST-" + key.substring(0, 8)).addValue("instance", key)
                        .addValue("type", type).addValue("unit", unit(unitCode)).addValue("approved", approvedAmount, Types.BIGINT)
                        .addValue("outcome", outcome).addValue("decided", noon(decided), Types.TIMESTAMP)
                        .addValue("paid", noon(paid), Types.TIMESTAMP).addValue("created", noon(created)));
    }

    private static Timestamp noon(String day) {
        if (day == null) {
            return null;
        }
        Instant instant = LocalDate.parse(day).atTime(12, 0).atZone(TimeConfiguration.HANOI).toInstant();
        return Timestamp.from(instant);
    }

    /** Each request for a member of its own, so no other test's grant of the same kind makes it ineligible. */
    private Map<String, Object> forNewMember(Map<String, ?> request, String unionCode) {
        Map<String, Object> form = new java.util.HashMap<>(request);
        form.put("memberId", Long.toString(HardshipSteps.newMember(context, unionCode)));
        return form;
    }
}
