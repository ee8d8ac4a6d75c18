package vn.unioncare.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.member.MemberSummary;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.training.CohortDraft;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.CourseDraft;
import vn.unioncare.training.CourseFormat;
import vn.unioncare.training.CourseTopic;
import vn.unioncare.training.EnrollmentStatus;
import vn.unioncare.training.EnrollmentView;
import vn.unioncare.training.Seats;
import vn.unioncare.training.SessionDraft;
import vn.unioncare.training.TrainingCatalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The member's enroll page with the case page's cancel button, and the grassroots chair's nomination page. */
@UnionCareSpringTest
class EnrollmentPagesTest {

    @Autowired ApplicationContext context;
    @Autowired UserAccountService accounts;
    @Autowired TrainingCatalogue catalogue;
    @Autowired Seats seats;
    @Autowired OrganisationService organisation;
    @Autowired Clock clock;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    @Test
    void aMemberEnrollsOnTheCohortPageAndCancelsFromTheCasePage() {
        CohortView cohort = cohort(3);
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("training/enroll/" + cohort.id());

        assertThat(_get(Paragraph.class, spec -> spec.withId("training-enroll-seats")).getText())
                .isEqualTo("Còn 3 chỗ / 3");
        _setValue(_get(TextArea.class, spec -> spec.withId("training-enroll-motivation")), "Học để nộp hồ sơ trực tuyến");
        _click(_get(Button.class, spec -> spec.withId("training-enroll-submit")));
        String text = _get(Div.class, spec -> spec.withId("training-enroll-done")).getText();
        String caseNumber = text.replaceAll(".*(DT-\\d{4}-\\d{6}).*", "$1");
        assertThat(caseNumber).matches("DT-\\d{4}-\\d{6}");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(caseNumber) == EnrollmentStatus.SEAT_HELD);

        UI.getCurrent().navigate("cases/" + caseNumber);
        assertThat(_get(Span.class, spec -> spec.withId("training-status")).getText()).isEqualTo("Đang giữ chỗ");
        _click(_get(Button.class, spec -> spec.withId("training-cancel")));
        _fireConfirm(_get(ConfirmDialog.class));

        await().atMost(Duration.ofSeconds(30)).until(() -> status(caseNumber) == EnrollmentStatus.CANCELLED);
    }

    @Test
    void theSchoolChairNominatesTwoMembersFromTheNominationPage() {
        CohortView cohort = cohort(5);
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("training/nominate");

        @SuppressWarnings("unchecked")
        ComboBox<CohortView> cohorts = _get(ComboBox.class, spec -> spec.withId("nominate-cohort"));
        cohorts.setValue(cohort);
        @SuppressWarnings("unchecked")
        Grid<MemberSummary> members = _get(Grid.class, spec -> spec.withId("nominate-members"));
        List<MemberSummary> firstTwo = members.getGenericDataView().getItems().limit(2).toList();
        firstTwo.forEach(members::select);
        assertThat(_get(Span.class, spec -> spec.withId("nominate-selected")).getText()).isEqualTo("Đã chọn 2 đoàn viên");
        _click(_get(Button.class, spec -> spec.withId("nominate-submit")));

        await().atMost(Duration.ofSeconds(30)).until(() -> catalogue.cohort(cohort.id()).orElseThrow().seatsTaken() == 2);
        assertThat(members.getSelectedItems()).isEmpty();
    }

    private EnrollmentStatus status(String caseNumber) {
        return seats.enrollment(caseNumber).map(EnrollmentView::status).orElse(null);
    }

    private CohortView cohort(int seats) {
        LocalDate today = LocalDate.now(clock);
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.training")) {
            long course = catalogue.createCourse(new CourseDraft("Lớp thử giao diện " + UUID.randomUUID(),
                    CourseTopic.SMARTPHONE_ZALO, CourseFormat.IN_PERSON, 6, null, "Khóa học thử", true)).id();
            return catalogue.createCohort(new CohortDraft(course, organisation.findByCode("HLF").orElseThrow().id(),
                    "trainer", seats, today.plusDays(2), null, List.of(new SessionDraft(null, today.plusDays(4),
                    LocalTime.of(8, 0), LocalTime.of(11, 0), "Cung Văn hóa Lao động Hữu nghị"))));
        }
    }
}
