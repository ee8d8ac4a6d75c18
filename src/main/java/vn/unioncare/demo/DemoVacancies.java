package vn.unioncare.demo;

import vn.unioncare.jobs.EmployerDraft;
import vn.unioncare.jobs.EmployerView;
import vn.unioncare.jobs.Employers;
import vn.unioncare.jobs.Vacancies;
import vn.unioncare.jobs.VacancyDraft;
import vn.unioncare.jobs.VacancySource;
import vn.unioncare.jobs.VacancyStatus;
import vn.unioncare.organisation.OrganisationService;

import java.time.LocalDate;
import java.util.List;

/** A few Hanoi employers and about twenty vacancies kept by the city, the ward and the industrial-parks unions. */
final class DemoVacancies {

    private final Vacancies vacancies;
    private final OrganisationService organisation;
    private final LocalDate today;

    private DemoVacancies(Vacancies vacancies, OrganisationService organisation, LocalDate today) {
        this.vacancies = vacancies;
        this.organisation = organisation;
        this.today = today;
    }

    static void load(Employers employers, Vacancies vacancies, OrganisationService organisation, LocalDate today) {
        EmployerView electronics = employers.create(new EmployerDraft("0101234567", "Công ty TNHH Điện tử Thăng Long",
                "Lô 12, KCN Thăng Long, Đông Anh, Hà Nội", "KCN Thăng Long", "Nguyễn Thị Hằng", "024 3881 2345",
                "tuyendung@dientuthanglong.vn"));
        EmployerView steel = employers.create(new EmployerDraft("0107654321", "Công ty CP Kết cấu thép Sóc Sơn",
                "KCN Nội Bài, Sóc Sơn, Hà Nội", "KCN Nội Bài", "Trần Văn Kiên", "024 3595 6789", null));
        EmployerView garment = employers.create(new EmployerDraft("0104445556", "Công ty CP May Hà Nội Xanh",
                "Số 25 Phạm Văn Đồng, Cầu Giấy, Hà Nội", null, "Lê Thu Phương", "0912 345 678", null));
        EmployerView hospital = employers.create(new EmployerDraft("0102223334", "Bệnh viện Đa khoa tư nhân An Bình",
                "Số 8 Trần Duy Hưng, Cầu Giấy, Hà Nội", null, "Phòng Tổ chức cán bộ", "024 3773 1122", null));
        EmployerView logistics = employers.create(new EmployerDraft("0106667778-001",
                "Chi nhánh Công ty TNHH Kho vận Bắc Thăng Long", "KCN Bắc Thăng Long, Đông Anh, Hà Nội",
                "KCN Bắc Thăng Long", "Đặng Quốc Bảo", "0987 654 321", "hr@khovanbtl.vn"));
        DemoVacancies demo = new DemoVacancies(vacancies, organisation, today);
        String parks = "CD-KCN-HN";
        String ward = "CD-P-CAU-GIAY";
        String city = "HLF";
        demo.add(electronics, "Công nhân lắp ráp linh kiện điện tử", "8212", "Công nhân lắp ráp", List.of("lắp ráp",
                "đọc bản vẽ"), "Đông Anh", 7_000_000L, 9_000_000L, 50, 30, VacancySource.PARTNER_EMPLOYER, parks);
        demo.add(electronics, "Kỹ thuật viên bảo trì máy SMT", "7421", "Thợ điện tử", List.of("điện tử", "SMT"),
                "Đông Anh", 10_000_000L, 14_000_000L, 4, 21, VacancySource.PARTNER_EMPLOYER, parks);
        demo.add(electronics, "Nhân viên kiểm tra chất lượng (QC)", "7543", "Kiểm tra chất lượng", List.of("QC",
                "Excel"), "Đông Anh", 8_000_000L, 10_000_000L, 6, 14, VacancySource.UNION_JOB_FAIR, parks);
        demo.add(steel, "Thợ hàn TIG đường ống", "7212", "Thợ hàn", List.of("hàn TIG", "đọc bản vẽ"), "Sóc Sơn",
                12_000_000L, 16_000_000L, 5, 25, VacancySource.PARTNER_EMPLOYER, parks);
        demo.add(steel, "Thợ hàn kết cấu thép", "7212", "Thợ hàn", List.of("hàn MIG", "hàn que"), "Sóc Sơn",
                10_000_000L, 13_000_000L, 8, 40, VacancySource.EMPLOYMENT_SERVICE_CENTRE_FAIR, parks);
        demo.add(steel, "Thợ cơ khí chế tạo", "7223", "Thợ cơ khí", List.of("tiện", "phay", "hàn TIG"), "Sóc Sơn",
                9_000_000L, 12_000_000L, 3, 18, VacancySource.PARTNER_EMPLOYER, parks);
        demo.add(steel, "Lái xe nâng hàng", "8344", "Lái xe nâng", List.of("xe nâng"), "Sóc Sơn", 8_000_000L,
                10_000_000L, 2, 10, VacancySource.UNION_JOB_FAIR, parks);
        demo.add(garment, "Thợ may công nghiệp", "7533", "Thợ may", List.of("may máy 1 kim", "vắt sổ"), "Cầu Giấy",
                7_500_000L, 10_000_000L, 20, 35, VacancySource.UNION_JOB_FAIR, ward);
        demo.add(garment, "Nhân viên cắt vải", "7532", "Thợ cắt", List.of("cắt vải"), "Cầu Giấy", 7_000_000L,
                8_500_000L, 5, 20, VacancySource.PARTNER_EMPLOYER, ward);
        demo.add(garment, "Kế toán kho", "3313", "Kế toán", List.of("Excel", "MISA"), "Cầu Giấy", 9_000_000L,
                12_000_000L, 1, 15, VacancySource.EMPLOYMENT_SERVICE_CENTRE_FAIR, ward);
        demo.add(garment, "Nhân viên bán hàng showroom", "5223", "Nhân viên bán hàng", List.of("bán hàng",
                "giao tiếp"), "Cầu Giấy", 6_500_000L, null, 3, 12, VacancySource.UNION_JOB_FAIR, ward);
        demo.add(hospital, "Điều dưỡng viên", "3221", "Điều dưỡng", List.of("chăm sóc người bệnh"), "Cầu Giấy",
                9_000_000L, 13_000_000L, 6, 30, VacancySource.PARTNER_EMPLOYER, ward);
        demo.add(hospital, "Hộ lý", "5321", "Hộ lý", List.of("chăm sóc người bệnh"), "Cầu Giấy", 6_000_000L,
                7_500_000L, 4, 9, VacancySource.EMPLOYMENT_SERVICE_CENTRE_FAIR, ward);
        demo.add(hospital, "Nhân viên thu ngân", "4211", "Thu ngân", List.of("Excel", "giao tiếp"), "Cầu Giấy",
                null, null, 2, 7, VacancySource.UNION_JOB_FAIR, city);
        demo.add(logistics, "Nhân viên kho", "4321", "Thủ kho", List.of("xe nâng", "Excel"), "Đông Anh",
                8_000_000L, 10_000_000L, 10, 28, VacancySource.PARTNER_EMPLOYER, parks);
        demo.add(logistics, "Lái xe tải hạng C", "8332", "Lái xe tải", List.of("bằng lái hạng C"), "Đông Anh",
                11_000_000L, 15_000_000L, 4, 45, VacancySource.EMPLOYMENT_SERVICE_CENTRE_FAIR, city);
        demo.add(logistics, "Lái xe nâng hàng ca đêm", "8344", "Lái xe nâng", List.of("xe nâng"), "Đông Anh",
                9_000_000L, 11_000_000L, 3, 16, VacancySource.UNION_JOB_FAIR, parks);
        demo.add(logistics, "Thợ điện bảo trì nhà kho", "7411", "Thợ điện", List.of("điện công nghiệp"), "Đông Anh",
                10_000_000L, 12_000_000L, 2, 22, VacancySource.PARTNER_EMPLOYER, city);
        demo.add(electronics, "Tổ trưởng sản xuất", "3122", "Giám sát sản xuất", List.of("quản lý ca", "lắp ráp"),
                "Đông Anh", 12_000_000L, 15_000_000L, 1, 60, VacancySource.PARTNER_EMPLOYER, parks);
        demo.add(steel, "Thợ sơn tĩnh điện", "7132", "Thợ sơn", List.of("sơn tĩnh điện"), "Sóc Sơn", 8_000_000L,
                10_000_000L, 3, 5, VacancySource.UNION_JOB_FAIR, parks);
        // One filled vacancy, so officers see that closed ones stay listed for them and not for members.
        VacancyDraft filled = demo.draft(garment, "Thợ may mẫu", "7533", "Thợ may", List.of("may mẫu"), "Cầu Giấy",
                9_000_000L, 11_000_000L, 2, 3, VacancySource.PARTNER_EMPLOYER, ward);
        vacancies.create(new VacancyDraft(filled.employerId(), filled.title(), filled.occupationCode(),
                filled.occupationName(), filled.skills(), filled.district(), null, filled.salaryMin(),
                filled.salaryMax(), filled.seats(), filled.closingDate(), filled.source(), VacancyStatus.CLOSED,
                filled.owningUnitId()));
    }

    private void add(EmployerView employer, String title, String occupationCode, String occupationName,
                     List<String> skills, String district, Long min, Long max, int seats, int daysOpen,
                     VacancySource source, String ownerCode) {
        vacancies.create(draft(employer, title, occupationCode, occupationName, skills, district, min, max, seats,
                daysOpen, source, ownerCode));
    }

    private VacancyDraft draft(EmployerView employer, String title, String occupationCode, String occupationName,
                               List<String> skills, String district, Long min, Long max, int seats, int daysOpen,
                               VacancySource source, String ownerCode) {
        return new VacancyDraft(employer.id(), title, occupationCode, occupationName, skills, district, null, min, max,
                seats, today.plusDays(daysOpen), source, VacancyStatus.OPEN,
                organisation.findByCode(ownerCode).orElseThrow().id());
    }
}
