package vn.unioncare.jobs;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.casework.StatisticsPeriod;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.forms.FormValidationException;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.member.MemberService;
import vn.unioncare.notification.Notifications;
import vn.unioncare.organisation.OrganisationService;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The job-referral process from the portal, on each database: the school's member submits a profile, the ward union
 * (directly above the school) counsels, picks the top-ranked vacancy, the letter is issued and read back, "hired" is
 * recorded and the 30- and 90-day check-ins come due on their days; the employer hears from UnionCare only with the
 * member's consent; a bad profile saves nothing; the dashboard counts the placement.
 */
abstract class JobReferralContract {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TOP_VACANCY = "Công nhân lắp ráp linh kiện điện tử";
    private static final String EMPLOYER = "Công ty TNHH Điện tử Thăng Long";
    private static final String EMPLOYER_EMAIL = "tuyendung@dientuthanglong.vn";
    private static final String TRADE = "Công nhân may mặc";
    private static final String REASON = "Công ty cũ cắt giảm lao động vì thiếu đơn hàng";

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JobReferrals referrals;
    @Autowired
    CaseAttachments attachments;
    @Autowired
    Notifications notifications;
    @Autowired
    MemberService members;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JobPlacementFigures figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferralLetters referralLetters;

    HardshipSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = HardshipSteps.of(context);
    }

    @Test
    void memberIsCounselledByTheWardUnionReferredToTheTopVacancyHiredAndCheckedOnAfterThirtyAndNinetyDays()
            throws IOException {
        List<Long> before = placementTotals();
        StartedCase started = submit(true);
        assertThat(started.caseNumber()).matches("VL-\\d{4}-\\d{6}");

        Task counselling = steps.awaitTask(started, "Task_Counsel");
        assertThat(tasks.getIdentityLinksForTask(counselling.getId())).extracting(IdentityLink::getGroupId)
                .contains("CD-P-CAU-GIAY:job-counsellor");
        long vacancyId = counselAndChooseTheTopVacancy(started);

        Task outcome = steps.awaitTask(started, "Task_RecordOutcome");
        String memberName = steps.as("member", () -> members.findOwnRecord().orElseThrow().fullName());
        String letter = letterText(started);
        assertThat(letter).contains("GIẤY GIỚI THIỆU", "Công đoàn phường Cầu Giấy".toUpperCase(), memberName,
                TOP_VACANCY, EMPLOYER, started.caseNumber());
        assertThat(letter).doesNotContain(TRADE, "8.000.000", REASON);
        assertThat(steps.as("member", () -> notifications.latest(20)))
                .anySatisfy(n -> assertThat(n.text()).contains(started.caseNumber(), TOP_VACANCY, EMPLOYER));
        if (mailEnabled()) {
            assertThat(profileMailsTo(started)).singleElement().satisfies(mail -> {
                assertThat(mail.get("EMAIL")).isEqualTo(EMPLOYER_EMAIL);
                assertThat((String) mail.get("BODY")).contains(memberName, TRADE, "8.000.000")
                        .doesNotContain(REASON);
            });
        } else {
            assertThat(profileMailsTo(started)).as("no e-mail is queued while e-mail is off").isEmpty();
        }

        LocalDate today = LocalDate.now(HANOI);
        steps.complete("commune.officer", outcome, Map.of("outcome", "hired", "hiredVacancy",
                String.valueOf(vacancyId), "interviewedVacancies", List.of(String.valueOf(vacancyId)),
                "startDate", today.toString()));
        assertThat(checkInTimer(started).getDuedate()).isEqualTo(at(today.plusDays(27), 8));
        management.executeJob(checkInTimer(started).getId());
        Task thirty = steps.awaitTask(started, "Task_CheckIn30");
        assertThat(thirty.getDueDate()).isEqualTo(at(today.plusDays(30), 17));
        assertThat(runtime.getVariable(started.processInstanceId(), "hiredBy")).isEqualTo(EMPLOYER);
        steps.complete("commune.officer", thirty, Map.of("stillEmployed", true));
        management.executeJob(checkInTimer(started).getId());
        Task ninety = steps.awaitTask(started, "Task_CheckIn90");
        assertThat(ninety.getDueDate()).isEqualTo(at(today.plusDays(90), 17));
        steps.complete("commune.officer", ninety, Map.of("stillEmployed", true));
        steps.awaitEnd(started);

        JobReferralView seen = steps.as("member", () -> referrals.forCase(started.caseNumber()).orElseThrow());
        assertThat(seen.status()).isEqualTo(JobReferralStatus.PLACED);
        assertThat(seen.channel()).isEqualTo("partner-vacancy");
        assertThat(seen.placements()).singleElement().satisfies(p -> {
            assertThat(p.vacancyTitle()).isEqualTo(TOP_VACANCY);
            assertThat(p.interviewed()).isTrue();
            assertThat(p.hired()).isTrue();
            assertThat(p.hiredOn()).isEqualTo(today);
            assertThat(p.stillEmployed30()).isTrue();
            assertThat(p.stillEmployed90()).isTrue();
            assertThat(p.profileSent()).isEqualTo(mailEnabled());
        });
        List<Long> after = placementTotals();
        assertThat(after).containsExactly(before.get(0) + 1, before.get(1) + 1, before.get(2) + 1,
                before.get(3) + 1);
    }

    @Test
    void theReferralStepRunAgainAfterItCommittedFilesNoSecondLetterTakesNoNumberAndMailsNothingMore() {
        StartedCase started = submit(true);
        long vacancyId = counselAndChooseTheTopVacancy(started);
        steps.awaitTask(started, "Task_RecordOutcome");
        Object round = runtime.getVariable(started.processInstanceId(), "referralCount");
        List<Long> before = referralSideEffects(started);
        assertThat(before.get(0)).as("the letter").isOne();

        // as a retried job runs the step: same case, vacancy and round, after the first run committed
        referralLetters.refer(started.caseNumber(), vacancyId, round == null ? 1 : ((Number) round).intValue());

        assertThat(referralSideEffects(started)).as("letters, letter numbers, notices, e-mails").isEqualTo(before);
    }

    /** The case's documents, the ward union's referral-letter numbers, notifications and queued e-mails about it. */
    private List<Long> referralSideEffects(StartedCase started) {
        String caseNumber = started.caseNumber();
        return List.of(
                jdbc.queryForObject("select count(*) from stored_document where owner_key = ?", Long.class,
                        CaseAttachments.ownerKey(caseNumber)),
                jdbc.queryForList("select last_value from case_number_counter where prefix = ?", Long.class,
                        "document/CD-P-CAU-GIAY/GGT").stream().mapToLong(Long::longValue).sum(),
                jdbc.queryForObject("select count(*) from notification where link = ?", Long.class, "cases/" + caseNumber),
                jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ? or subject like ?",
                        Long.class, "job-referral:" + caseNumber + ":%", "%" + caseNumber + "%"));
    }

    @Test
    void withoutConsentTheEmployerReceivesNothingFromUnionCareAndTheLetterCarriesNoProfile() throws IOException {
        StartedCase started = submit(false);
        counselAndChooseTheTopVacancy(started);
        steps.awaitTask(started, "Task_RecordOutcome");

        assertThat(profileMailsTo(started)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where email = ? and body like ?",
                Long.class, EMPLOYER_EMAIL, "%" + started.caseNumber() + "%")).isZero();
        String letter = letterText(started);
        assertThat(letter).contains(TOP_VACANCY, EMPLOYER).doesNotContain(TRADE, "8.000.000", REASON, "Kỹ năng");
        assertThat(steps.as("member", () -> referrals.forCase(started.caseNumber()).orElseThrow().placements()))
                .singleElement().satisfies(p -> assertThat(p.profileSent()).isFalse());
    }

    @Test
    void aProfileWithABadSalaryAndDateIsRefusedFieldByFieldAndNothingIsSaved() {
        long referralsBefore = count("job_referral");
        long casesBefore = count("case_file");
        Map<String, Object> profile = profile(true);
        profile.put("expectedSalary", -5_000_000);
        profile.put("availableFrom", "2026-02-31");

        assertThatThrownBy(() -> steps.as("member", () -> context.getBean(vn.unioncare.casework.CaseStarter.class)
                .start("job-referral", profile)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("expectedSalary", "availableFrom"));
        assertThat(count("job_referral")).isEqualTo(referralsBefore);
        assertThat(count("case_file")).isEqualTo(casesBefore);
    }

    private StartedCase submit(boolean consent) {
        return steps.as("member", () -> context.getBean(vn.unioncare.casework.CaseStarter.class)
                .start("job-referral", profile(consent)));
    }

    private static Map<String, Object> profile(boolean consent) {
        Map<String, Object> profile = new HashMap<>(Map.of("employmentStatus", "unemployed", "reasonForLeaving",
                REASON, "uiStatus", "receiving", "trade", TRADE, "skills", "lắp ráp, đọc bản vẽ",
                "desiredOccupation", "Công nhân lắp ráp", "location", "Đông Anh", "expectedSalary", 8_000_000,
                "availableFrom", LocalDate.now(HANOI).toString(), "digitalSkills", "basic"));
        profile.put("consentToShare", consent);
        return profile;
    }

    /** The ward officer counsels, sees the ranked options with their reasons, and picks the first. */
    private long counselAndChooseTheTopVacancy(StartedCase started) {
        steps.complete("commune.officer", steps.awaitTask(started, "Task_Counsel"), Map.of("counsellingDate",
                LocalDate.now(HANOI).toString(), "counsellingNotes", "Đã tư vấn qua điện thoại"));
        Task choice = steps.awaitTask(started, "Task_ChooseVacancies");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> options = (List<Map<String, String>>) runtime.getVariable(
                started.processInstanceId(), "vacancyOptions");
        assertThat(options).isNotEmpty();
        assertThat(options.get(0).get("label")).startsWith("100 điểm").contains(TOP_VACANCY, EMPLOYER,
                "Đúng nghề mong muốn", "Kỹ năng trùng", "Đúng nơi mong muốn");
        steps.complete("commune.officer", choice, Map.of("chosenVacancies", List.of(options.get(0).get("value"))));
        return Long.parseLong(options.get(0).get("value"));
    }

    private String letterText(StartedCase started) throws IOException {
        StoredDocument letter = steps.as("member", () -> attachments.list(started.caseNumber())).stream()
                .filter(f -> f.filename().startsWith("giay-gioi-thieu")).findFirst().orElseThrow();
        CaseAttachments.Download pdf = steps.as("member", () -> attachments.download(started.caseNumber(),
                letter.id()));
        try (InputStream in = pdf.content().get(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private List<Map<String, Object>> profileMailsTo(StartedCase started) {
        return jdbc.queryForList("select email as EMAIL, body as BODY from mail_outbox where dedup_key like ?",
                "job-referral:" + started.caseNumber() + ":profile:%");
    }

    private Job checkInTimer(StartedCase started) {
        return management.createJobQuery().processInstanceId(started.processInstanceId()).timers().singleResult();
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(LocalTime.of(hour, 0)).atZone(HANOI).toInstant());
    }

    /** The H2 tests turn e-mail on; the PostgreSQL tests leave it off. */
    private boolean mailEnabled() {
        return context.getEnvironment().getProperty("unioncare.mail.enabled", Boolean.class, false);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The dashboard's total line for the city over the last 30 days: referred, interviewed, hired, employed at 90. */
    private List<Long> placementTotals() {
        long city = organisation.findByCode("HLF").orElseThrow().id();
        FigureTable table = figures.figures(city, StatisticsPeriod.lastDays(30, LocalDate.now(HANOI)),
                java.util.Locale.forLanguageTag("vi")).get(0);
        return table.rows().isEmpty() ? List.of(0L, 0L, 0L, 0L) : table.rows().get(table.rows().size() - 1).values();
    }
}
