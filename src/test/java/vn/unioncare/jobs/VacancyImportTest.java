package vn.unioncare.jobs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.security.UserAccountService;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@UnionCareSpringTest
class VacancyImportTest {

    private static final String HEADER = "tax_code,employer_name,title,occupation_code,occupation_name,skills,"
            + "district,ward,salary_min,salary_max,seats,closing_date,source";

    @Autowired
    VacancyImport vacancyImport;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Employers employers;
    @Autowired
    UserAccountService accounts;
    @Autowired
    Clock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String closing(int days) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(clock).plusDays(days));
    }

    private ImportReport importAs(String username, String csv) {
        return importAs(username, csv.getBytes(StandardCharsets.UTF_8));
    }

    private ImportReport importAs(String username, byte[] csv) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            return vacancyImport.importCsv(new ByteArrayInputStream(csv), null);
        }
    }

    private long imported() {
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            return vacancies.count(new VacancyFilter(tag, null, null, null, null, false));
        }
    }

    @Test
    void aValidFileImportsEveryRowAndCreatesTheEmployersItDescribes() {
        String newEmployer = JobsFixtures.freshTaxCode();
        EmployerView known = JobsFixtures.employer(employers, accounts, "Công ty TNHH Đã Có " + tag);
        String csv = HEADER + "\n"
                + newEmployer + ",Công ty CP Cơ khí Mới " + tag + ",Thợ hàn " + tag + ",7212,Thợ hàn,\"hàn TIG, hàn MIG\","
                + "Đông Anh,Uy Nỗ,\"9.000.000\",12000000,3," + closing(30) + ",PARTNER_EMPLOYER\n"
                + newEmployer + ",,Thợ tiện " + tag + ",7223,Thợ cơ khí,tiện,Đông Anh,,,,1," + closing(20)
                + ",union_job_fair\n"
                + known.taxCode() + ",(bỏ qua),\"Công nhân \"\"lắp ráp\"\" " + tag + "\",8212,Công nhân lắp ráp,,"
                + "Mê Linh,,7000000,8000000,10," + LocalDate.now(clock).plusDays(10) + ",EMPLOYMENT_SERVICE_CENTRE_FAIR\n";

        ImportReport report = importAs("parks.officer", csv);

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.employersCreated()).isEqualTo(1);
        try (SignedIn ignored = SignedIn.as(accounts, "parks.officer")) {
            List<VacancyView> rows = vacancies.search(new VacancyFilter(tag, null, null, null, null, false), 0, 10,
                    Sort.by("closingDate"));
            assertThat(rows).extracting(VacancyView::title, VacancyView::employerTaxCode, VacancyView::source)
                    .containsExactly(
                            tuple("Công nhân \"lắp ráp\" " + tag, known.taxCode(),
                                    VacancySource.EMPLOYMENT_SERVICE_CENTRE_FAIR),
                            tuple("Thợ tiện " + tag, newEmployer, VacancySource.UNION_JOB_FAIR),
                            tuple("Thợ hàn " + tag, newEmployer, VacancySource.PARTNER_EMPLOYER));
            VacancyView welder = rows.get(2);
            assertThat(welder.skills()).containsExactly("hàn TIG", "hàn MIG");
            assertThat(welder.ward()).isEqualTo("Uy Nỗ");
            assertThat(welder.salaryMin()).isEqualTo(9_000_000L);
            assertThat(welder.salaryMax()).isEqualTo(12_000_000L);
            assertThat(employers.findByTaxCode(newEmployer)).get().extracting(EmployerView::name)
                    .isEqualTo("Công ty CP Cơ khí Mới " + tag);
            assertThat(employers.findByTaxCode(known.taxCode())).get().extracting(EmployerView::name)
                    .isEqualTo(known.name());
        }
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndReportsTheRowAndColumn() {
        String csv = HEADER + "\n"
                + JobsFixtures.freshTaxCode() + ",Công ty A " + tag + ",Thợ hàn " + tag + ",7212,Thợ hàn,,Đông Anh,,"
                + "9000000,12000000,3," + closing(30) + ",PARTNER_EMPLOYER\n"
                + "\n"
                + JobsFixtures.freshTaxCode() + ",Công ty B " + tag + ",Thợ điện " + tag + ",7411,Thợ điện,,Sóc Sơn,,"
                + "15000000,9000000,3,31/02/2030,HOI_CHO\n"
                + JobsFixtures.freshTaxCode() + ",,Thợ sơn " + tag + ",7131,Thợ sơn,,Sóc Sơn,,,,2," + closing(5)
                + ",PARTNER_EMPLOYER\n";

        ImportReport report = importAs("hlf.welfare", csv);

        assertThat(report.imported()).isZero();
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(4, "closing_date", "jobs.import.notADate"),
                        tuple(4, "source", "jobs.import.unknownSource"),
                        tuple(4, "salary_max", "jobs.error.salaryRange"),
                        tuple(5, "tax_code", "jobs.import.unknownEmployer"));
        assertThat(report.problems().get(1).arguments()).containsExactly("HOI_CHO");
        assertThat(imported()).isZero();
    }

    @Test
    void aByteOrderMarkAndSemicolonsAreAccepted() {
        String csv = "\uFEFF" + HEADER.replace(',', ';') + "\r\n"
                + JobsFixtures.freshTaxCode() + ";Công ty TNHH Bảo Minh " + tag + ";Nhân viên kho " + tag
                + ";4321;Thủ kho;Excel, xe nâng;Long Biên;;8.000.000;10.000.000;2;" + closing(14)
                + ";UNION_JOB_FAIR\r\n";

        ImportReport report = importAs("commune.officer", csv);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.imported()).isEqualTo(1);
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            VacancyView stored = vacancies.search(new VacancyFilter(tag, null, null, null, null, false), 0, 1,
                    Sort.unsorted()).get(0);
            assertThat(stored.skills()).containsExactly("Excel", "xe nâng");
            assertThat(stored.title()).isEqualTo("Nhân viên kho " + tag);
        }
    }

    @Test
    void aFileWithTooManyRowsIsRefusedWhole() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String row = JobsFixtures.freshTaxCode() + ",Công ty C " + tag + ",Thợ may " + tag + ",7533,Thợ may,,Hà Đông,,"
                + ",,1," + closing(9) + ",PARTNER_EMPLOYER\n";
        csv.append(row.repeat(vacancyImport.maxRows() + 1));

        assertThatThrownBy(() -> importAs("hlf.welfare", csv.toString()))
                .isInstanceOfSatisfying(JobsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("jobs.import.tooManyRows");
                    assertThat(e.status()).isEqualTo(413);
                });
        assertThat(imported()).isZero();
    }

    @Test
    void unknownAndMissingColumnsAndAFileThatIsNotUtf8AreReported() {
        ImportReport report = importAs("hlf.welfare", "tax_code;tieu_de;seats\n0101234567;x;1\n");
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .contains(tuple(1, "tieu_de", "jobs.import.unknownColumn"),
                        tuple(1, "title", "jobs.import.missingColumn"),
                        tuple(1, "closing_date", "jobs.import.missingColumn"));
        byte[] windows1258 = (HEADER + "\n0101234567,C\u00f4ng ty").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importAs("hlf.welfare", windows1258)).isInstanceOf(JobsException.class)
                .hasMessageStartingWith("jobs.import.notUtf8");
    }

    @Test
    void aGrassrootsChairMayNotImport() {
        assertThatThrownBy(() -> importAs("factory.chair", HEADER + "\n"))
                .isInstanceOf(NotAMaintainerException.class);
    }
}
