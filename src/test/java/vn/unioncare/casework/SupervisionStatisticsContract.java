package vn.unioncare.casework;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.SupervisionReport.UnionFigures;
import vn.unioncare.casework.SupervisionReport.UnionRef;
import vn.unioncare.casework.domain.SupervisionQuery;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.organisation.NewOrgUnit;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.SystemAuthentication;
import vn.unioncare.security.UserAccountService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static vn.unioncare.DemoUnits.CITY;
import static vn.unioncare.DemoUnits.WARD;
import static vn.unioncare.DemoUnits.HEALTH;
import static vn.unioncare.DemoUnits.PARKS;
import static vn.unioncare.DemoUnits.SCHOOL;
import static vn.unioncare.DemoUnits.HOSPITAL;
import static vn.unioncare.DemoUnits.FACTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The supervision figures counted in SQL over case files, Camunda's tables and the closure table, on H2 and on
 * PostgreSQL. Other tests share the database, so counts are compared before and after this test's own cases.
 */
abstract class SupervisionStatisticsContract {

    private static final String PROCESS = "foundation-roundtrip";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    SupervisionStatistics statistics;
    @Autowired
    SupervisionExports exports;
    @Autowired
    OrganisationService organisation;
    @Autowired
    TaskService tasks;
    @Autowired
    Clock clock;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CaseAccess caseAccess;
    @Autowired
    SupervisionQuery query;
    @Autowired
    RepositoryService repository;
    @Autowired
    FigureFormat format;
    @Autowired
    FigureCsv csv;
    @Autowired
    FigurePdf pdf;

    private StartedCase requestBy(String member) {
        try (SignedIn ignored = SignedIn.as(accounts, member)) {
            return starter.start(PROCESS, Map.of("note", "Đề nghị hỗ trợ"));
        }
    }

    private long unit(String code) {
        return organisation.findByCode(code).orElseThrow().id();
    }

    private StatisticsPeriod lastQuarter() {
        return StatisticsPeriod.lastDays(90, LocalDate.now(clock));
    }

    private <T> T as(String username, Supplier<T> work) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            return work.get();
        }
    }

    private SupervisionReport report(String username, String unitCode) {
        return as(username, () -> statistics.report(unit(unitCode), lastQuarter(), VIETNAMESE));
    }

    private static UnionFigures row(SupervisionReport report, String code) {
        return report.unions().stream().filter(u -> u.union().code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + report.unions()));
    }

    @Test
    void theWardUnionCountsOnlyTheCasesOfTheSchoolBelowIt() {
        SupervisionReport before = report("commune.officer", WARD);

        requestBy("member");
        requestBy("member");
        requestBy("hospital.member");
        requestBy("factory.member");

        SupervisionReport after = report("commune.officer", WARD);
        assertThat(after.unions()).extracting(u -> u.union().code()).contains(SCHOOL)
                .doesNotContain(HOSPITAL, FACTORY, HEALTH, PARKS);
        assertThat(row(after, SCHOOL).openCases(PROCESS) - row(before, SCHOOL).openCases(PROCESS)).isEqualTo(2);
        assertThat(row(after, SCHOOL).openTasks() - row(before, SCHOOL).openTasks()).isEqualTo(2);
        assertThat(after.openCases() - before.openCases()).isEqualTo(2);
        assertThat(after.processes()).contains(new SupervisionReport.ProcessRef(PROCESS, "Kiểm tra nền tảng"));
        assertThat(after.path()).extracting(UnionRef::code).containsExactly(WARD);
    }

    @Test
    void theCityRollsTheThreeUnionsUpUnderTheirDirectSuperiorUnions() {
        SupervisionReport before = report("hlf.welfare", CITY);

        requestBy("member");
        requestBy("hospital.member");
        requestBy("factory.member");

        SupervisionReport after = report("hlf.welfare", CITY);
        assertThat(after.unions()).extracting(u -> u.union().code()).contains(WARD, HEALTH, PARKS)
                .doesNotContain(SCHOOL, HOSPITAL, FACTORY);
        for (String union : List.of(WARD, HEALTH, PARKS)) {
            assertThat(row(after, union).openCases(PROCESS) - row(before, union).openCases(PROCESS)).as(union).isEqualTo(1);
            assertThat(row(after, union).hasUnitsBelow()).as(union).isTrue();
        }
        assertThat(after.openCases(PROCESS) - before.openCases(PROCESS)).isEqualTo(3);

        SupervisionReport health = report("hlf.welfare", HEALTH);
        assertThat(health.path()).extracting(UnionRef::code).containsExactly(CITY, HEALTH);
        assertThat(row(health, HOSPITAL).openCases(PROCESS)).isEqualTo(row(after, HEALTH).openCases(PROCESS));
    }

    @Test
    void theHealthSectorOfficerSeesOnlyTheHospitalAndOtherUnionsAreNotFound() {
        assertThat(as("health.officer", () -> statistics.supervisedUnions(VIETNAMESE)))
                .extracting(UnionRef::code).containsExactly(HEALTH);
        assertThat(report("health.officer", HEALTH).unions()).extracting(u -> u.union().code())
                .contains(HOSPITAL).doesNotContain(SCHOOL, FACTORY, WARD, PARKS);
        for (String elsewhere : List.of(WARD, SCHOOL, CITY, FACTORY)) {
            assertThatThrownBy(() -> report("health.officer", elsewhere)).as(elsewhere)
                    .isInstanceOfSatisfying(CaseworkException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.messageKey()).isEqualTo("error.notFoundOrNoAccess");
                    });
        }
    }

    @Test
    void aGrassrootsChairOrAMemberIsRefusedTheDashboardAndItsExports() {
        for (String username : List.of("school.chair", "member")) {
            for (Runnable attempt : List.<Runnable>of(
                    () -> statistics.supervisedUnions(VIETNAMESE),
                    () -> statistics.report(unit(SCHOOL), lastQuarter(), VIETNAMESE),
                    () -> exports.csv(unit(SCHOOL), lastQuarter(), VIETNAMESE),
                    () -> exports.pdf(unit(SCHOOL), lastQuarter(), VIETNAMESE))) {
                try (SignedIn ignored = SignedIn.as(accounts, username)) {
                    assertThatThrownBy(attempt::run).as(username).isInstanceOfSatisfying(CaseworkException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.messageKey()).isEqualTo("supervision.dashboard.error.notSupervisor");
                    });
                }
            }
        }
    }

    @Test
    void anAdministratorSeesTheCity() {
        assertThat(as("admin", () -> statistics.supervisedUnions(VIETNAMESE))).extracting(UnionRef::code)
                .containsExactly(CITY);
        assertThat(report("admin", CITY).unions()).extracting(u -> u.union().code()).contains(WARD, HEALTH, PARKS);
    }

    @Test
    void overdueTasksAreCountedForTheUnionBelow() {
        SupervisionReport before = report("commune.officer", WARD);
        StartedCase late = requestBy("member");
        String task = tasks.createTaskQuery().processInstanceId(late.processInstanceId()).singleResult().getId();
        tasks.setDueDate(task, Date.from(clock.instant().minus(Duration.ofDays(2))));
        requestBy("member");

        SupervisionReport after = report("commune.officer", WARD);
        assertThat(row(after, SCHOOL).overdueTasks() - row(before, SCHOOL).overdueTasks()).isEqualTo(1);
        assertThat(row(after, SCHOOL).openTasks() - row(before, SCHOOL).openTasks()).isEqualTo(2);
    }

    @Test
    void theAverageTimePerStepComesFromTheCompletedTasksOfThePeriod() {
        LocalDate day = LocalDate.of(2020, 3, 2);
        Instant morning = LocalDateTime.of(day, java.time.LocalTime.of(8, 0)).atZone(TimeConfiguration.HANOI).toInstant();
        try {
            ClockUtil.setCurrentTime(Date.from(morning));
            StartedCase quick = requestBy("member");
            StartedCase slow = requestBy("member");
            ClockUtil.setCurrentTime(Date.from(morning.plus(Duration.ofHours(1))));
            tasks.complete(tasks.createTaskQuery().processInstanceId(quick.processInstanceId()).singleResult().getId());
            ClockUtil.setCurrentTime(Date.from(morning.plus(Duration.ofHours(4))));
            tasks.complete(tasks.createTaskQuery().processInstanceId(slow.processInstanceId()).singleResult().getId());
        } finally {
            ClockUtil.reset();
        }
        StatisticsPeriod thatDay = new StatisticsPeriod(day, day);

        SupervisionReport ward = as("commune.officer", () -> statistics.report(unit(WARD), thatDay, VIETNAMESE));
        assertThat(ward.stepTimes()).singleElement().satisfies(step -> {
            assertThat(step.processKey()).isEqualTo(PROCESS);
            assertThat(step.processName()).isEqualTo("Kiểm tra nền tảng");
            assertThat(step.taskKey()).isEqualTo("Task_ReviewRequest");
            assertThat(step.taskName()).isEqualTo("Xem xét yêu cầu");
            assertThat(step.completed()).isEqualTo(2);
            assertThat(step.average()).isEqualTo(Duration.ofMinutes(150));
        });
        assertThat(as("health.officer", () -> statistics.report(unit(HEALTH), thatDay, VIETNAMESE)).stepTimes()).isEmpty();
        assertThat(as("commune.officer", () -> statistics.report(unit(WARD), new StatisticsPeriod(day.plusDays(1),
                day.plusDays(1)), VIETNAMESE)).stepTimes()).isEmpty();
    }

    @Test
    @Transactional
    void theCsvHasAByteOrderMarkHeadersAndQuotesANameWithACommaAndQuotes() {
        String awkward = "Công đoàn cơ sở \"Hoa Sen\", chi nhánh Cầu Giấy";
        SystemAuthentication.callAsSystem(() -> organisation.create(new NewOrgUnit("T-CS-HOA-SEN", OrgLevel.GRASSROOTS,
                awkward, "Hoa Sen branch union", WARD, LocalDate.of(2020, 1, 1))));
        requestBy("member");

        SupervisionExports.Export export = as("commune.officer", () -> exports.csv(unit(WARD), lastQuarter(), VIETNAMESE));

        assertThat(export.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(export.fileName()).matches("supervision-CD-P-CAU-GIAY-\\d{4}-\\d{2}-\\d{2}\\.csv");
        byte[] bytes = export.content();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(text).contains("\r\n").doesNotContain("\uFEFF");
        assertThat(lines.get(0)).isEqualTo("Báo cáo giám sát: Công đoàn phường Cầu Giấy");
        assertThat(lines.get(1)).isEqualTo("Công đoàn phường Cầu Giấy");
        assertThat(lines.get(2)).startsWith("Khoảng thời gian: từ ");
        assertThat(lines).contains("Hồ sơ và công việc theo công đoàn trực thuộc", "Thời gian trung bình mỗi bước",
                "Quy trình,Bước,Số lần hoàn thành,Thời gian trung bình (phút)");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Công đoàn,")
                .contains("Kiểm tra nền tảng").endsWith(",Hồ sơ đang mở,Công việc đang mở,Công việc quá hạn"));
        String awkwardLine = lines.stream().filter(l -> l.contains("Hoa Sen")).findFirst().orElseThrow();
        assertThat(awkwardLine).matches("\"Công đoàn cơ sở \"\"Hoa Sen\"\", chi nhánh Cầu Giấy\"(,0)+");
        assertThat(firstField(awkwardLine)).isEqualTo(awkward);
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("Công đoàn cơ sở Trường THCS Nghĩa Tân(,\\d+)+"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("Tổng cộng(,\\d+)+"));
    }

    /** The first field of a CSV line as a spreadsheet reads it. */
    private static String firstField(String line) {
        if (!line.startsWith("\"")) {
            return line.split(",", 2)[0];
        }
        StringBuilder field = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                break;
            } else {
                field.append(c);
            }
        }
        return field.toString();
    }

    @Test
    void thePdfReportNamesTheUnionsWithTheirDiacritics() throws IOException {
        requestBy("hospital.member");
        SupervisionExports.Export export = as("hlf.welfare", () -> exports.pdf(unit(CITY), lastQuarter(), VIETNAMESE));

        assertThat(export.contentType()).isEqualTo("application/pdf");
        assertThat(export.fileName()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(export.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Báo cáo giám sát: Liên đoàn Lao động Thành phố Hà Nội",
                    "Công đoàn phường Cầu Giấy", "Công đoàn ngành Y tế Hà Nội",
                    "Công đoàn các Khu công nghiệp và chế xuất Hà Nội", "Hồ sơ đang mở", "Kiểm tra nền tảng",
                    "Thời gian trung bình mỗi bước", "Trang 1/");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("UnionCare");
        }
    }

    @Test
    void hardshipAssistanceContributesItsAmountsAsSectionsOfTheReport() {
        assertThat(report("hlf.welfare", CITY).contributed()).extracting(FigureTable::title)
                .contains("Hỗ trợ khó khăn theo loại hỗ trợ", "Hỗ trợ khó khăn theo công đoàn trực thuộc",
                        "Số tiền hỗ trợ tháng này và năm nay");
    }

    @Test
    void aContributedSourceIsAskedForTheCheckedUnionAndPeriodAndAppearsInTheReportCsvAndPdf() throws IOException {
        List<Object> askedFor = new java.util.ArrayList<>();
        SupervisionFigureSource assistance = (unitId, period, locale) -> {
            askedFor.add(unitId);
            askedFor.add(period);
            return List.of(new FigureTable("Hỗ trợ đã chi trong tháng", List.of("Loại hỗ trợ"),
                    List.of(new FigureTable.Column("Số hồ sơ", FigureTable.Unit.COUNT),
                            new FigureTable.Column("Số tiền", FigureTable.Unit.VND)),
                    List.of(FigureTable.Row.of("Ốm đau", 3L, 1_500_000L))));
        };
        SupervisionStatistics withSource = new SupervisionStatistics(currentUser, caseAccess, query, organisation,
                repository, new StaticListableBeanFactory(Map.of("assistance", assistance))
                .getBeanProvider(SupervisionFigureSource.class), clock);
        SupervisionExports exportsWithSource = new SupervisionExports(withSource, format, csv, pdf);

        SupervisionReport report = as("commune.officer", () -> withSource.report(unit(WARD), lastQuarter(), VIETNAMESE));
        assertThat(askedFor).containsExactly(unit(WARD), lastQuarter());
        askedFor.clear();
        assertThat(report.contributed()).extracting(FigureTable::title).containsExactly("Hỗ trợ đã chi trong tháng");

        String csvText = new String(as("commune.officer", () -> exportsWithSource.csv(unit(WARD), lastQuarter(),
                VIETNAMESE)).content(), StandardCharsets.UTF_8);
        assertThat(csvText).contains("\r\nHỗ trợ đã chi trong tháng\r\nLoại hỗ trợ,Số hồ sơ,Số tiền\r\nỐm đau,3,1500000\r\n");
        try (PDDocument document = Loader.loadPDF(as("commune.officer",
                () -> exportsWithSource.pdf(unit(WARD), lastQuarter(), VIETNAMESE)).content())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Hỗ trợ đã chi trong tháng", "Ốm đau",
                    "1.500.000 đ");
        }
        assertThat(askedFor).hasSize(4);
        int questions = askedFor.size();
        assertThatThrownBy(() -> as("health.officer", () -> withSource.report(unit(WARD), lastQuarter(), VIETNAMESE)))
                .isInstanceOf(CaseworkException.class);
        assertThat(askedFor).as("not asked for a union outside the scope").hasSize(questions);
    }
}
