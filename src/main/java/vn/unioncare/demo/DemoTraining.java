package vn.unioncare.demo;

import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.NewAccount;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.training.CohortDraft;
import vn.unioncare.training.CourseDraft;
import vn.unioncare.training.CourseFormat;
import vn.unioncare.training.CourseTopic;
import vn.unioncare.training.CourseView;
import vn.unioncare.training.SessionDraft;
import vn.unioncare.training.TrainingCatalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The demo training catalogue: a trainer account ({@code trainer}, TRAINER at the Cầu Giấy ward union), five courses
 * of the city federation and cohorts starting in the coming weeks, organised by the city and by the ward union (one
 * of them with eight seats, for the waitlist demonstration).
 */
final class DemoTraining {

    static final String TRAINER = "trainer";
    private static final LocalTime EVENING = LocalTime.of(18, 0);
    private static final LocalTime MORNING = LocalTime.of(8, 30);

    private final TrainingCatalogue catalogue;
    private final OrganisationService organisation;
    private final LocalDate today;

    private DemoTraining(TrainingCatalogue catalogue, OrganisationService organisation, LocalDate today) {
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.today = today;
    }

    static void load(UserAccountService accounts, TrainingCatalogue catalogue, OrganisationService organisation,
                     LocalDate today) {
        accounts.createAccount(new NewAccount(TRAINER, DemoData.DEMO_PASSWORD, "Đặng Thị Thu Hương (Giảng viên)",
                TRAINER + "@unioncare.test", null, Set.of()));
        accounts.markAsDemoAccount(TRAINER);
        accounts.assignRole(TRAINER, DemoData.COMMUNE, OfficerRole.TRAINER, false);
        DemoTraining demo = new DemoTraining(catalogue, organisation, today);
        CourseView zalo = demo.course("Điện thoại thông minh và Zalo cho người lao động", CourseTopic.SMARTPHONE_ZALO,
                CourseFormat.IN_PERSON, 8, null, "Cài đặt và dùng Zalo, gọi video, gửi ảnh và tài liệu, bảo mật tài khoản.");
        CourseView vneid = demo.course("Dịch vụ công trực tuyến và ứng dụng VNeID", CourseTopic.PUBLIC_SERVICES_VNEID,
                CourseFormat.BLENDED, 6, "Có điện thoại thông minh và căn cước công dân gắn chip",
                "Kích hoạt định danh điện tử mức 2, nộp hồ sơ trên Cổng dịch vụ công quốc gia.");
        CourseView fraud = demo.course("Nhận diện và phòng tránh lừa đảo trên mạng", CourseTopic.ONLINE_FRAUD,
                CourseFormat.ONLINE, 4, null, "Các thủ đoạn lừa đảo qua điện thoại, tin nhắn và mạng xã hội; cách xử lý.");
        CourseView office = demo.course("Tin học văn phòng cơ bản: Word và Excel", CourseTopic.OFFICE_SOFTWARE,
                CourseFormat.IN_PERSON, 24, "Biết sử dụng máy tính ở mức cơ bản",
                "Soạn thảo văn bản, lập bảng tính, in ấn và gửi tài liệu qua e-mail.");
        CourseView ai = demo.course("Ứng dụng trí tuệ nhân tạo (AI) trong công việc", CourseTopic.AI_AT_WORK,
                CourseFormat.ONLINE, 6, null, "Dùng trợ lý AI an toàn để soạn thảo, tóm tắt và tra cứu.");
        demo.cohort(zalo, DemoData.COMMUNE, 8, 10, List.of(
                demo.session(14, EVENING, "Nhà văn hóa phường Cầu Giấy, 36 Cầu Giấy"),
                demo.session(16, EVENING, "Nhà văn hóa phường Cầu Giấy, 36 Cầu Giấy"),
                demo.session(21, EVENING, "Nhà văn hóa phường Cầu Giấy, 36 Cầu Giấy")));
        demo.cohort(office, DemoData.COMMUNE, 20, 12, List.of(
                demo.session(15, MORNING, "Phòng máy tính Trường THCS Nghĩa Tân"),
                demo.session(22, MORNING, "Phòng máy tính Trường THCS Nghĩa Tân"),
                demo.session(29, MORNING, "Phòng máy tính Trường THCS Nghĩa Tân")));
        demo.cohort(vneid, DemoData.CITY, 25, 7, List.of(
                demo.session(10, MORNING, "Cung Văn hóa Lao động Hữu nghị Việt Xô, 91 Trần Hưng Đạo"),
                demo.session(17, EVENING, "https://hoc.congdoanhanoi.vn/lop/vneid")));
        demo.cohort(fraud, DemoData.CITY, 40, 5, List.of(
                demo.session(8, EVENING, "https://hoc.congdoanhanoi.vn/lop/lua-dao")));
        demo.cohort(ai, DemoData.CITY, 30, 20, List.of(
                demo.session(25, EVENING, "https://hoc.congdoanhanoi.vn/lop/ai"),
                demo.session(32, EVENING, "https://hoc.congdoanhanoi.vn/lop/ai")));
    }

    private CourseView course(String title, CourseTopic topic, CourseFormat format, int hours, String prerequisites,
                              String description) {
        return catalogue.createCourse(new CourseDraft(title, topic, format, hours, prerequisites, description, true));
    }

    private SessionDraft session(int daysAhead, LocalTime start, String place) {
        return new SessionDraft(null, today.plusDays(daysAhead), start, start.plusHours(2), place);
    }

    private void cohort(CourseView course, String unitCode, int seats, int deadlineDaysAhead,
                        List<SessionDraft> sessions) {
        catalogue.createCohort(new CohortDraft(course.id(), organisation.findByCode(unitCode).orElseThrow().id(),
                TRAINER, seats, today.plusDays(deadlineDaysAhead), null, sessions));
    }
}
