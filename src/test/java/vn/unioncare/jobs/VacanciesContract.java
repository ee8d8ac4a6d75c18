package vn.unioncare.jobs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Employers, vacancies and matching on each database: who maintains what, the filters of the list, and the ranking
 * of open vacancies for a job seeker with its explanations.
 */
abstract class VacanciesContract {

    @Autowired
    Vacancies vacancies;
    @Autowired
    Employers employers;
    @Autowired
    VacancyMatching matching;
    @Autowired
    UserAccountService accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long unit(String code) {
        return organisation.findByCode(code).orElseThrow().id();
    }

    private VacancyView create(String username, VacancyDraft draft) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            return vacancies.create(draft);
        }
    }

    private VacancyDraft simpleVacancy(long employerId, String title) {
        return JobsFixtures.vacancy(employerId, title, "7212", "Thợ hàn", List.of("hàn TIG"), "Đông Anh",
                9_000_000L, 12_000_000L, today().plusDays(30));
    }

    private void expire(long vacancyId) {
        jdbc.update("update vacancy set closing_date = ? where id = ?", Date.valueOf(today().minusDays(1)), vacancyId);
    }

    @Test
    void aCityOfficerAndADirectSuperiorOfficerMaintainVacanciesOfTheirUnions() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty TNHH Cơ khí Đông Anh");

        VacancyView byCity = create("hlf.welfare", simpleVacancy(employer.id(), "Thợ hàn bậc 3"));
        VacancyView byWard = create("commune.officer", simpleVacancy(employer.id(), "Thợ hàn bậc 2"));

        assertThat(byCity.owningUnitId()).isEqualTo(unit("HLF"));
        assertThat(byWard.owningUnitId()).isEqualTo(unit("CD-P-CAU-GIAY"));
        assertThat(byWard.createdBy()).isEqualTo("commune.officer");
        assertThat(byWard.skills()).containsExactly("hàn TIG");
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            VacancyView closed = vacancies.update(byWard.id(), byWard.version(), new VacancyDraft(employer.id(),
                    "Thợ hàn bậc 2", "7212", "Thợ hàn", List.of("hàn TIG", "hàn MIG"), "Đông Anh", null, null,
                    null, 3, today().plusDays(10), VacancySource.UNION_JOB_FAIR, VacancyStatus.CLOSED, null));
            assertThat(closed.status()).isEqualTo(VacancyStatus.CLOSED);
            assertThat(closed.skills()).containsExactly("hàn TIG", "hàn MIG");
            assertThat(closed.owningUnitId()).isEqualTo(unit("CD-P-CAU-GIAY"));
        }
    }

    @Test
    void anAdministratorFilesAVacancyUnderTheCityUnlessAnotherMaintainingUnionIsNamed() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty TNHH Quản trị Mẫu");
        VacancyView byAdmin = create("admin", simpleVacancy(employer.id(), "Thợ hàn quản trị"));
        assertThat(byAdmin.owningUnitId()).isEqualTo(unit("HLF"));
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertThat(vacancies.maintainingUnits()).extracting(u -> u.code())
                    .contains("HLF", "CD-P-CAU-GIAY", "CD-NGANH-YTE", "CD-KCN-HN");
            VacancyDraft d = simpleVacancy(employer.id(), "Thợ hàn của trường");
            VacancyDraft underSchool = new VacancyDraft(d.employerId(), d.title(), d.occupationCode(),
                    d.occupationName(), d.skills(), d.district(), d.ward(), d.salaryMin(), d.salaryMax(), d.seats(),
                    d.closingDate(), d.source(), d.status(), unit("CS-THCS-NGHIA-TAN"));
            assertThatThrownBy(() -> vacancies.create(underSchool)).isInstanceOf(NotAMaintainerException.class);
        }
    }

    @Test
    void aGrassrootsChairMayNotAddAVacancyNorAnEmployer() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty CP May Nghĩa Tân");
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> vacancies.create(simpleVacancy(employer.id(), "Thợ may")))
                    .isInstanceOf(NotAMaintainerException.class)
                    .satisfies(e -> assertThat(((NotAMaintainerException) e).status()).isEqualTo(403));
            assertThatThrownBy(() -> employers.create(new EmployerDraft(JobsFixtures.freshTaxCode(), "Công ty A",
                    null, null, null, null, null))).isInstanceOf(NotAMaintainerException.class);
            assertThat(vacancies.mayMaintain()).isFalse();
        }
    }

    @Test
    void aMemberMayNotChangeAVacancyButReadsTheOpenOnes() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty TNHH Điện tử Sao Mai");
        VacancyView open = create("parks.officer", simpleVacancy(employer.id(), "Công nhân lắp ráp"));
        VacancyView closed = create("parks.officer", simpleVacancy(employer.id(), "Công nhân kho"));
        VacancyView expired = create("parks.officer", simpleVacancy(employer.id(), "Công nhân đóng gói"));
        try (SignedIn ignored = SignedIn.as(accounts, "parks.officer")) {
            vacancies.update(closed.id(), closed.version(), withStatus(closed, VacancyStatus.CLOSED));
        }
        expire(expired.id());
        VacancyFilter byEmployer = new VacancyFilter("sao mai", null, null, null, null, false);

        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThatThrownBy(() -> vacancies.update(open.id(), open.version(), open.toDraft()))
                    .isInstanceOf(NotAMaintainerException.class);
            assertThat(vacancies.search(byEmployer, 0, 50, Sort.unsorted())).extracting(VacancyView::id)
                    .containsExactly(open.id());
            assertThat(vacancies.count(byEmployer)).isEqualTo(1);
            assertThatThrownBy(() -> vacancies.get(closed.id())).isInstanceOf(JobsException.class)
                    .hasMessageStartingWith("error.notFoundOrNoAccess");
        }
        try (SignedIn ignored = SignedIn.as(accounts, "health.officer")) {
            assertThat(vacancies.search(byEmployer, 0, 50, Sort.by("title"))).extracting(VacancyView::id)
                    .containsExactly(expired.id(), closed.id(), open.id());
        }
    }

    private static VacancyDraft withStatus(VacancyView vacancy, VacancyStatus status) {
        VacancyDraft d = vacancy.toDraft();
        return new VacancyDraft(d.employerId(), d.title(), d.occupationCode(), d.occupationName(), d.skills(),
                d.district(), d.ward(), d.salaryMin(), d.salaryMax(), d.seats(), d.closingDate(), d.source(), status,
                d.owningUnitId());
    }

    @Test
    void aWardOfficerMayNotEditTheVacancyOfTheHealthUnion() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Bệnh viện tư nhân Hồng Ngọc");
        VacancyView health = create("health.officer", simpleVacancy(employer.id(), "Điều dưỡng"));
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            assertThatThrownBy(() -> vacancies.update(health.id(), health.version(), health.toDraft()))
                    .isInstanceOf(NotAMaintainerException.class);
            VacancyDraft forHealth = new VacancyDraft(employer.id(), "Hộ lý", "5321", "Hộ lý", List.of(), "Ba Đình",
                    null, null, null, 1, today(), VacancySource.PARTNER_EMPLOYER, null, unit("CD-NGANH-YTE"));
            assertThatThrownBy(() -> vacancies.create(forHealth)).isInstanceOf(NotAMaintainerException.class);
        }
    }

    @Test
    void aSalaryRangeUpsideDownAndAClosingDateInThePastAreRefusedFieldByFieldAndNothingIsSaved() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty TNHH Ngược Lương");
        VacancyDraft bad = JobsFixtures.vacancy(employer.id(), " ", "7212", "Thợ hàn", List.of(), "Đông Anh",
                15_000_000L, 9_000_000L, today().minusDays(1));
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            assertThatThrownBy(() -> vacancies.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                            .containsExactlyInAnyOrder(tuple(JobField.TITLE, "jobs.error.required"),
                                    tuple(JobField.SALARY_MAX, "jobs.error.salaryRange"),
                                    tuple(JobField.CLOSING_DATE, "jobs.error.closingDatePast")));
            assertThat(vacancies.count(new VacancyFilter("nguoc luong", null, null, null, null, false))).isZero();
        }
    }

    @Test
    void aTaxCodeIsRegisteredOnceAndMustLookLikeOne() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty CP Thép Hà Nội");
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            assertThatThrownBy(() -> employers.create(new EmployerDraft(employer.taxCode(), "Công ty khác", null,
                    null, null, null, null))).isInstanceOf(JobsException.class)
                    .hasMessageStartingWith("jobs.error.taxCodeTaken");
            assertThatThrownBy(() -> employers.create(new EmployerDraft("12345", "Công ty khác", null, null, null,
                    "abc", "khong-phai-email"))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                            JobField.TAX_CODE, JobField.CONTACT_PHONE, JobField.CONTACT_EMAIL));
            assertThat(employers.search("thep ha noi", 0, 10)).extracting(EmployerView::id).contains(employer.id());
            assertThat(employers.findByTaxCode(employer.taxCode())).contains(employer);
        }
    }

    @Test
    void theListFiltersByTextWithoutDiacriticsOccupationLocationSalaryAndSource() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty Lọc " + tag);
        VacancyView welder = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ hàn ống " + tag,
                "7212", "Thợ hàn", List.of("hàn TIG"), "Đông Anh", 10_000_000L, 14_000_000L, today().plusDays(20)));
        VacancyView driver = create("hlf.welfare", new VacancyDraft(employer.id(), "Lái xe nâng " + tag, "8344",
                "Lái xe nâng hàng", List.of(), "Long Biên", "Phúc Lợi", 8_000_000L, 9_000_000L, 2,
                today().plusDays(5), VacancySource.UNION_JOB_FAIR, VacancyStatus.OPEN, null));

        try (SignedIn ignored = SignedIn.as(accounts, "factory.member")) {
            assertThat(ids(new VacancyFilter(tag, null, null, null, null, true))).containsExactly(driver.id(), welder.id());
            assertThat(ids(new VacancyFilter("THO HAN ONG " + tag, null, null, null, null, true))).containsExactly(welder.id());
            assertThat(ids(new VacancyFilter(tag, "8344", null, null, null, true))).containsExactly(driver.id());
            assertThat(ids(new VacancyFilter(tag, "lái xe", null, null, null, true))).containsExactly(driver.id());
            assertThat(ids(new VacancyFilter(tag, null, "phuc loi", null, null, true))).containsExactly(driver.id());
            assertThat(ids(new VacancyFilter(tag, null, "Đông Anh", null, null, true))).containsExactly(welder.id());
            assertThat(ids(new VacancyFilter(tag, null, null, 12_000_000L, null, true))).containsExactly(welder.id());
            assertThat(ids(new VacancyFilter(tag, null, null, null, VacancySource.UNION_JOB_FAIR, true)))
                    .containsExactly(driver.id());
            assertThat(vacancies.count(new VacancyFilter(tag, null, null, null, null, true))).isEqualTo(2);
        }
    }

    private List<Long> ids(VacancyFilter filter) {
        return vacancies.search(filter, 0, 50, Sort.unsorted()).stream().map(VacancyView::id).toList();
    }

    @Test
    void aWelderWithTigSkillsSeesTheExactMatchFirstThenSkillOverlapAndNeverClosedOrExpiredVacancies() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty CP Kết cấu thép Sóc Sơn");
        VacancyView exact = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ hàn TIG đường ống",
                "7212", "Thợ hàn", List.of("Hàn TIG", "đọc bản vẽ"), "Sóc Sơn", 12_000_000L, 15_000_000L,
                today().plusDays(20)));
        VacancyView elsewhere = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ hàn kết cấu",
                "7212", "Thợ hàn", List.of("hàn MIG"), "Gia Lâm", 9_000_000L, 11_000_000L, today().plusDays(15)));
        VacancyView skillOnly = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ cơ khí chế tạo",
                "7223", "Thợ cơ khí", List.of("hàn TIG", "tiện"), "Sóc Sơn", 10_000_000L, 13_000_000L,
                today().plusDays(10)));
        VacancyView unrelated = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Kế toán kho",
                "3313", "Kế toán", List.of("Excel"), "Sóc Sơn", 12_000_000L, 15_000_000L, today().plusDays(10)));
        VacancyView closed = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ hàn (đã tuyển đủ)",
                "7212", "Thợ hàn", List.of("hàn TIG"), "Sóc Sơn", 12_000_000L, 15_000_000L, today().plusDays(20)));
        VacancyView expired = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ hàn (hết hạn)",
                "7212", "Thợ hàn", List.of("hàn TIG"), "Sóc Sơn", 12_000_000L, 15_000_000L, today().plusDays(20)));
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            vacancies.update(closed.id(), closed.version(), withStatus(closed, VacancyStatus.CLOSED));
        }
        expire(expired.id());
        Set<Long> ours = Set.of(exact.id(), elsewhere.id(), skillOnly.id(), unrelated.id(), closed.id(), expired.id());

        List<RankedVacancy> ranked = matching.rank(new JobSeekerProfile("thợ hàn", List.of("hàn tig"), "soc son",
                12_000_000L, today().plusDays(3)), 100).stream().filter(r -> ours.contains(r.vacancy().id())).toList();

        assertThat(ranked).extracting(r -> r.vacancy().id(), RankedVacancy::score)
                .containsExactly(tuple(exact.id(), 40 + 15 + 15 + 15), tuple(elsewhere.id(), 40 + 14),
                        tuple(skillOnly.id(), 15 + 15 + 15));
        RankedVacancy best = ranked.get(0);
        assertThat(best.reasons()).extracting(MatchReason::criterion, MatchReason::messageKey, MatchReason::arguments)
                .containsExactly(
                        tuple(MatchCriterion.OCCUPATION, "jobs.match.occupation.same", List.of("Thợ hàn")),
                        tuple(MatchCriterion.SKILLS, "jobs.match.skills.overlap", List.of("Hàn TIG", 1, 2)),
                        tuple(MatchCriterion.LOCATION, "jobs.match.location.same", List.of("Sóc Sơn")),
                        tuple(MatchCriterion.SALARY, "jobs.match.salary.meets",
                                List.of("12.000.000 – 15.000.000", "12.000.000")),
                        tuple(MatchCriterion.CLOSING_DATE, "jobs.match.closing.open",
                                List.of(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                        .format(today().plusDays(20)), 20)),
                        tuple(MatchCriterion.SEATS, "jobs.match.seats.left", List.of(5, 5)));
        assertThat(ranked.get(1).reason(MatchCriterion.SKILLS).messageKey()).isEqualTo("jobs.match.skills.none");
        assertThat(ranked.get(1).reason(MatchCriterion.LOCATION).messageKey()).isEqualTo("jobs.match.location.other");
        assertThat(ranked.get(1).reason(MatchCriterion.SALARY).arguments())
                .containsExactly("9.000.000 – 11.000.000", "12.000.000");
        assertThat(ranked.get(2).reason(MatchCriterion.OCCUPATION).messageKey())
                .isEqualTo("jobs.match.occupation.other");
    }

    @Test
    void equalScoresAreBrokenByTheSoonerClosingDateThenTheOlderVacancy() {
        EmployerView employer = JobsFixtures.employer(employers, accounts, "Công ty TNHH Dệt Hòa Bình");
        String occupation = "DET-" + UUID.randomUUID().toString().substring(0, 6);
        VacancyView later = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ dệt A", occupation,
                "Thợ dệt", List.of(), "Hoài Đức", null, null, today().plusDays(30)));
        VacancyView first = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ dệt B", occupation,
                "Thợ dệt", List.of(), "Hoài Đức", null, null, today().plusDays(7)));
        VacancyView second = create("hlf.welfare", JobsFixtures.vacancy(employer.id(), "Thợ dệt C", occupation,
                "Thợ dệt", List.of(), "Hoài Đức", null, null, today().plusDays(7)));

        List<RankedVacancy> ranked = matching.rank(new JobSeekerProfile(occupation, List.of(), null, null, null), 10);

        assertThat(ranked).extracting(r -> r.vacancy().id()).containsExactly(first.id(), second.id(), later.id());
        assertThat(ranked).allSatisfy(r -> assertThat(r.score()).isEqualTo(40));
        assertThat(matching.rank(new JobSeekerProfile(occupation, List.of(), null, null, null), 1))
                .extracting(r -> r.vacancy().id()).containsExactly(first.id());
        assertThat(matching.rank(new JobSeekerProfile(null, List.of(), "Hoài Đức", 1L, null), 10)).isEmpty();
    }
}
