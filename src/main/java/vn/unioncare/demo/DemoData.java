package vn.unioncare.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.unioncare.hardship.Funds;
import vn.unioncare.jobs.Employers;
import vn.unioncare.jobs.Vacancies;
import vn.unioncare.member.Gender;
import vn.unioncare.member.MemberRecord;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.NewMember;
import vn.unioncare.organisation.NewOrgUnit;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.NewAccount;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.SystemAuthentication;
import vn.unioncare.security.SystemRole;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.training.TrainingCatalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo Hanoi Federation of Labour: unions at every level, about 60 members and one account per kind of user,
 * all with the password {@value #DEMO_PASSWORD}. Loaded once, in one transaction, and only with the {@code demo}
 * profile (the default when no profile is named).
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final String CITY = "HLF";
    static final String DISTRICT = "LDLD-Q-CAU-GIAY";
    static final String COMMUNE = "CD-P-CAU-GIAY";
    static final String HEALTH = "CD-NGANH-YTE";
    static final String PARKS = "CD-KCN-HN";
    static final String SCHOOL = "CS-THCS-NGHIA-TAN";
    static final String HOSPITAL = "CS-BV-XANH-PON";
    static final String FACTORY = "CS-DT-THANG-LONG";
    static final String FACTORY_GROUP = "TO-DT-THANG-LONG-PX1";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);
    private static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);

    private final OrganisationService organisation;
    private final MemberService members;
    private final UserAccountService accounts;
    private final TransactionTemplate transaction;
    private final Funds funds;
    private final Employers employers;
    private final Vacancies vacancies;
    private final TrainingCatalogue training;
    private final Clock clock;

    DemoData(OrganisationService organisation, MemberService members, UserAccountService accounts,
             TransactionTemplate transaction, Funds funds, Employers employers, Vacancies vacancies,
             TrainingCatalogue training, Clock clock) {
        this.organisation = organisation;
        this.members = members;
        this.accounts = accounts;
        this.transaction = transaction;
        this.funds = funds;
        this.employers = employers;
        this.vacancies = vacancies;
        this.training = training;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisation.findByCode(CITY).isPresent()) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> transaction.executeWithoutResult(status -> load()));
        log.info("Demo data loaded: the Hanoi Federation of Labour, its unions, members and demo accounts");
    }

    private void load() {
        unit(CITY, OrgLevel.CITY, "Liên đoàn Lao động Thành phố Hà Nội", "Hanoi Federation of Labour", null);
        unit(DISTRICT, OrgLevel.DIRECT_SUPERIOR, "Liên đoàn Lao động quận Cầu Giấy (đã giải thể)",
                "Cau Giay District Federation of Labour (dissolved)", CITY);
        unit(COMMUNE, OrgLevel.DIRECT_SUPERIOR, "Công đoàn phường Cầu Giấy", "Cau Giay Ward Union", CITY);
        unit(HEALTH, OrgLevel.DIRECT_SUPERIOR, "Công đoàn ngành Y tế Hà Nội", "Hanoi Health Sector Union", CITY);
        unit(PARKS, OrgLevel.DIRECT_SUPERIOR, "Công đoàn các Khu công nghiệp và chế xuất Hà Nội",
                "Hanoi Industrial and Export Processing Zones Union", CITY);
        OrgUnitView school = unit(SCHOOL, OrgLevel.GRASSROOTS, "Công đoàn cơ sở Trường THCS Nghĩa Tân",
                "Nghia Tan Lower Secondary School Union", DISTRICT);
        unit(HOSPITAL, OrgLevel.GRASSROOTS, "Công đoàn cơ sở Bệnh viện Đa khoa Xanh Pôn",
                "Saint Paul General Hospital Union", HEALTH);
        unit(FACTORY, OrgLevel.GRASSROOTS, "Công đoàn cơ sở Công ty TNHH Điện tử Thăng Long",
                "Thang Long Electronics Co., Ltd. Union", PARKS);
        unit(FACTORY_GROUP, OrgLevel.UNION_GROUP, "Tổ công đoàn Phân xưởng lắp ráp 1", "Assembly Workshop 1 Union Group",
                FACTORY);
        // 2025: district federations were dissolved and their grassroots unions re-parented to the new ward unions.
        organisation.reparent(school.id(), organisation.findByCode(COMMUNE).orElseThrow().id(), TWO_LEVEL_GOVERNMENT,
                "Giải thể LĐLĐ quận, chuyển về Công đoàn phường (chính quyền hai cấp)");

        List<MemberRecord> schoolMembers = DemoMembers.register(members, SCHOOL, "GV", 20, 0);
        List<MemberRecord> hospitalMembers = DemoMembers.register(members, HOSPITAL, "YT", 20, 20);
        List<MemberRecord> factoryMembers = DemoMembers.register(members, FACTORY, "DT", 16, 40);
        DemoMembers.register(members, FACTORY_GROUP, "PX", 6, 56);

        account("admin", "Quản trị hệ thống", Set.of(SystemRole.ADMIN), null);
        account("designer", "Thiết kế quy trình", Set.of(SystemRole.DESIGNER), null);
        officer("hlf.welfare", "Trần Thị Hồng Nhung (Ban Chính sách – Pháp luật)", CITY, OfficerRole.WELFARE, OfficerRole.FINANCE);
        officer("hlf.safety", "Lê Quang Huy (Ban An toàn vệ sinh lao động)", CITY, OfficerRole.SAFETY);
        officer("hlf.training", "Phạm Thu Trang (Ban Tuyên giáo – Đào tạo)", CITY, OfficerRole.TRAINING_COORDINATOR);
        officer("commune.officer", "Đỗ Minh Tuấn (Công đoàn phường Cầu Giấy)", COMMUNE, OfficerRole.CASE_OFFICER,
                OfficerRole.CHAIR, OfficerRole.FINANCE, OfficerRole.SAFETY);
        officer("health.officer", "Vũ Thị Lan (Công đoàn ngành Y tế)", HEALTH, OfficerRole.CASE_OFFICER,
                OfficerRole.CHAIR, OfficerRole.FINANCE, OfficerRole.SAFETY);
        officer("parks.officer", "Hoàng Văn Nam (Công đoàn các KCN)", PARKS, OfficerRole.CASE_OFFICER,
                OfficerRole.CHAIR, OfficerRole.FINANCE, OfficerRole.SAFETY);
        officer("school.chair", "Nguyễn Thị Mai (Chủ tịch CĐCS THCS Nghĩa Tân)", SCHOOL, OfficerRole.CHAIR,
                OfficerRole.FINANCE);
        officer("school.vicechair", "Phạm Văn Hùng (Phó Chủ tịch CĐCS THCS Nghĩa Tân)", SCHOOL, OfficerRole.CHAIR);
        officer("school.officer", "Lê Thị Hạnh (Ủy viên BCH CĐCS THCS Nghĩa Tân)", SCHOOL, OfficerRole.CASE_OFFICER);
        officer("hospital.chair", "Bùi Đức Thắng (Chủ tịch CĐCS BV Xanh Pôn)", HOSPITAL, OfficerRole.CHAIR,
                OfficerRole.FINANCE);
        officer("factory.chair", "Ngô Thị Thu Hà (Chủ tịch CĐCS Điện tử Thăng Long)", FACTORY, OfficerRole.CHAIR,
                OfficerRole.FINANCE);
        memberAccount("member", schoolMembers.get(0));
        memberAccount("hospital.member", hospitalMembers.get(0));
        memberAccount("factory.member", factoryMembers.get(0));
        budgets(LocalDate.now(clock).getYear());
        DemoVacancies.load(employers, vacancies, organisation, LocalDate.now(clock));
        DemoTraining.load(accounts, training, organisation, LocalDate.now(clock));
        DemoJobCounsellors.load(accounts);
    }

    /** This year's funds; the hospital's is small, so that a demo shows a request routed up for want of funds. */
    private void budgets(int year) {
        Map.of(CITY, 5_000_000_000L, COMMUNE, 200_000_000L, HEALTH, 200_000_000L, PARKS, 200_000_000L,
                SCHOOL, 20_000_000L, HOSPITAL, 2_000_000L, FACTORY, 20_000_000L)
                .forEach((code, budget) -> funds.setBudget(organisation.findByCode(code).orElseThrow().id(), year, budget));
    }

    private OrgUnitView unit(String code, OrgLevel level, String nameVi, String nameEn, String parentCode) {
        return organisation.create(new NewOrgUnit(code, level, nameVi, nameEn, parentCode, FOUNDED));
    }

    private void account(String username, String displayName, Set<SystemRole> roles, Long memberId) {
        accounts.createAccount(new NewAccount(username, DEMO_PASSWORD, displayName, username + "@unioncare.test",
                memberId, roles));
        accounts.markAsDemoAccount(username);
    }

    private void officer(String username, String displayName, String orgCode, OfficerRole... roles) {
        account(username, displayName, Set.of(), null);
        for (OfficerRole role : roles) {
            accounts.assignRole(username, orgCode, role, true);
        }
    }

    private void memberAccount(String username, MemberRecord member) {
        account(username, member.fullName(), Set.of(), member.id());
    }
}
