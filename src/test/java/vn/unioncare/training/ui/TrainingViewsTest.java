package vn.unioncare.training.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.DemoUnits;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.training.AttendanceGrid;
import vn.unioncare.training.AttendanceMark;
import vn.unioncare.training.CohortDraft;
import vn.unioncare.training.CohortStatus;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.CourseDraft;
import vn.unioncare.training.CourseFormat;
import vn.unioncare.training.CourseTopic;
import vn.unioncare.training.CourseView;
import vn.unioncare.training.Attendance;
import vn.unioncare.training.Seats;
import vn.unioncare.training.SessionDraft;
import vn.unioncare.training.SessionView;
import vn.unioncare.training.TrainingCatalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class TrainingViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    Seats seats;
    @Autowired
    Attendance attendance;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private CohortView cohort(String title, int... daysAhead) {
        LocalDate today = LocalDate.now(clock);
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.training")) {
            CourseView course = catalogue.createCourse(new CourseDraft(title, CourseTopic.SMARTPHONE_ZALO,
                    CourseFormat.IN_PERSON, 6, null, null, true));
            List<SessionDraft> sessions = java.util.Arrays.stream(daysAhead).mapToObj(d -> new SessionDraft(null,
                    today.plusDays(d), LocalTime.of(8, 0), LocalTime.of(10, 0), "Hội trường")).toList();
            return catalogue.createCohort(new CohortDraft(course.id(),
                    organisation.findByCode(DemoUnits.WARD).orElseThrow().id(), "trainer", 8, today.plusDays(1),
                    null, sessions));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** The component the grid shows in the row of the case and the column. */
    private static com.vaadin.flow.component.Component cell(Grid<AttendanceGrid.Row> grid, String caseNumber,
                                                            String columnKey) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).caseNumber().equals(caseNumber)) {
                return GridKt._getCellComponent(grid, i, columnKey);
            }
        }
        throw new AssertionError("no row for " + caseNumber);
    }

    @Test
    void aMemberFindsAnOpenCohortWithoutDiacriticsAndItsEnrollButtonLeadsToTheEnrollmentPage() {
        CohortView cohort = cohort("Zalo cho người lao động " + tag, 3, 5);
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("training");

        _setValue(_get(TextField.class, spec -> spec.withId("training-filter-text")), "zalo cho nguoi lao dong " + tag);

        Grid<CohortView> grid = grid("training-open-cohorts");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Zalo cho người lao động " + tag,
                "Công đoàn phường Cầu Giấy", "Còn 8/8 chỗ", "Trực tiếp");
        Button enroll = (Button) GridKt._getCellComponent(grid, 0, "enroll");
        assertThat(enroll.getId()).contains("training-enroll-" + cohort.id());
        _click(enroll);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("training/enroll/" + cohort.id());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("training-enroll-seats")).getText()).isEqualTo("Còn 8 chỗ / 8");
    }

    @Test
    void theTrainerTicksPresenceForASessionEntersScoresAndFinishesTheCohort() {
        CohortView cohort = cohort("Lớp giao diện điểm danh " + tag, 2);
        List<Long> members = jdbc.queryForList("select id from member where status = 'ACTIVE' order by id limit 2",
                Long.class);
        String first = "DT-" + tag + "-1";
        String second = "DT-" + tag + "-2";
        seats.request(cohort.id(), members.get(0), first, null, 0);
        seats.request(cohort.id(), members.get(1), second, null, 0);
        seats.confirm(first);
        seats.confirm(second);
        SessionView session = catalogue.sessions(cohort.id()).get(0);

        KaribuUi.open(context, accounts, "trainer");
        UI.getCurrent().navigate("training/cohorts/" + cohort.id() + "/attendance");
        Grid<AttendanceGrid.Row> grid = grid("attendance-grid");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        Checkbox firstPresent = (Checkbox) cell(grid, first, "session-" + session.id());
        assertThat(firstPresent.isIndeterminate()).as("not yet recorded").isTrue();

        _click(_get(Button.class, spec -> spec.withId("attendance-finish")));
        assertThat(catalogue.cohort(cohort.id()).orElseThrow().status()).as("refused while incomplete")
                .isEqualTo(CohortStatus.OPEN);

        _setValue(firstPresent, true);
        _click(_get(Button.class, spec -> spec.withId("attendance-save-" + session.id())));
        _setValue((IntegerField) cell(grid, first, "score"), 150);
        _click(_get(Button.class, spec -> spec.withId("attendance-save-scores")));
        IntegerField tooHigh = (IntegerField) cell(grid, first, "score");
        assertThat(tooHigh.isInvalid()).isTrue();
        assertThat(tooHigh.getErrorMessage()).isEqualTo("Điểm phải từ 0 đến 100");
        _setValue(tooHigh, 90);
        _setValue((IntegerField) cell(grid, second, "score"), 40);
        _click(_get(Button.class, spec -> spec.withId("attendance-save-scores")));
        _click(_get(Button.class, spec -> spec.withId("attendance-finish")));

        assertThat(_get(Span.class, spec -> spec.withId("attendance-status")).getText()).isEqualTo("Đã kết thúc");
        try (SignedIn ignored = SignedIn.as(accounts, "trainer")) {
            assertThat(attendance.grid(cohort.id()).rows()).extracting(r -> r.marks().get(0), r -> r.testScore())
                    .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple(AttendanceMark.PRESENT, 90),
                            org.assertj.core.api.Assertions.tuple(AttendanceMark.ABSENT, 40));
        }
        assertThat(_get(Button.class, spec -> spec.withId("attendance-finish")).isEnabled()).isFalse();
    }

    @Test
    void anOfficerWhoNeitherTrainsNorKeepsTheCohortSeesNeitherItsAttendanceNorItInTheList() {
        CohortView cohort = cohort("Lớp không quyền " + tag, 2);
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("training/cohorts/" + cohort.id() + "/attendance");

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class,
                spec -> spec.withId("attendance-grid"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(
                "Không tìm thấy hoặc bạn không có quyền truy cập"))).isNotNull();
        UI.getCurrent().navigate("training/cohorts");
        assertThat(GridKt._size(grid("cohorts-grid"))).isZero();
    }
}
