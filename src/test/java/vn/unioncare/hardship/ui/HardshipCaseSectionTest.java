package vn.unioncare.hardship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.security.UserAccountService;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.forms.RenderedForm.fieldId;

/** The hardship part of the case page: what was asked, proposed, decided and why, for those who may see the case. */
@UnionCareSpringTest
class HardshipCaseSectionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;

    HardshipSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = HardshipSteps.of(context);
    }

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private void openCase(String account, StartedCase started) {
        KaribuUi.close();
        KaribuUi.open(context, accounts, account);
        UI.getCurrent().navigate("cases/" + started.caseNumber());
    }

    private static String fact(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theMemberAndTheSchoolChairSeeWhatWasAskedProposedAndApproved() {
        StartedCase started = steps.submit("member", HardshipSteps.request("other",
                "Chồng mất việc, hai con nhỏ đang đi học", 700_000));
        steps.approveAtSchool(started, 600_000);
        steps.awaitTask(started, "Task_Disburse");

        for (String account : List.of("member", "school.chair")) {
            openCase(account, started);
            assertThat(fact("hardship-outcome")).as(account).isEqualTo("Đã duyệt, chờ chi trả");
            assertThat(fact("hardship-type")).isEqualTo("Khác");
            assertThat(fact("hardship-requested")).isEqualTo("700.000 đồng");
            assertThat(fact("hardship-proposed")).isEqualTo("600.000 đồng");
            assertThat(fact("hardship-approved")).isEqualTo("600.000 đồng");
            assertThat(fact("hardship-level")).isEqualTo("Công đoàn cơ sở (tối đa 1.000.000 đồng)");
            assertThat(fact("hardship-circumstances")).isEqualTo("Chồng mất việc, hai con nhỏ đang đi học");
            assertThat(_find(Span.class, spec -> spec.withId("hardship-reason"))).isEmpty();
        }
    }

    @Test
    void aRejectedRequestShowsTheMemberTheReasonTheReviewerGave() {
        StartedCase started = steps.submit("member", HardshipSteps.request("tet",
                "Xin hỗ trợ Tết cho gia đình đông con", 1_000_000));
        steps.complete("school.chair", steps.awaitTask(started, "Task_ReviewRequest"), Map.of("verified", true,
                "recommendation", "reject", "rejectionReason", "Gia đình đã được xã hỗ trợ Tết năm nay"));
        steps.awaitEnd(started);

        for (String account : List.of("member", "school.chair")) {
            openCase(account, started);
            assertThat(fact("hardship-outcome")).as(account).isEqualTo("Không được hỗ trợ");
            assertThat(fact("hardship-reason")).isEqualTo("Gia đình đã được xã hỗ trợ Tết năm nay");
            assertThat(fact("hardship-type")).isEqualTo("Hỗ trợ Tết");
            assertThat(fact("hardship-requested")).isEqualTo("1.000.000 đồng");
            assertThat(_find(Span.class, spec -> spec.withId("hardship-approved"))).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberAskedForMissingPapersFindsTheTaskOnTheCasePageSendsThemAndReturnsToTheCase() {
        StartedCase started = steps.submit("member", HardshipSteps.request("occupational-accident",
                "Bị thương ở tay khi vận chuyển bàn ghế cho nhà trường", 900_000, "medical"));
        Task asked = steps.awaitTask(started, "Task_ProvideInformation");

        openCase("member", started);
        assertThat(fact("case-status")).isEqualTo("Cần bổ sung hồ sơ");
        Anchor link = _get(Anchor.class, spec -> spec.withId("open-task-" + asked.getId()));
        assertThat(link.getText()).isEqualTo("Bổ sung hồ sơ");
        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(TextArea.class, spec -> spec.withId(fieldId("eligibilityReason"))).getValue())
                .isEqualTo("Cần bổ sung biên bản tai nạn lao động.");
        assertThat(_find(FlexLayout.class, spec -> spec.withId("task-actions"))).as("no officer actions").isEmpty();
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId(fieldId("providedDocuments"))),
                Set.of("medical", "accident-record"));
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(_get(H2.class, spec -> spec.withId("task-completed")).getText())
                .isEqualTo("Đã hoàn thành: Bổ sung hồ sơ");
        Anchor back = _get(Anchor.class, spec -> spec.withId("task-back"));
        assertThat(back.getHref()).isEqualTo("cases/" + started.caseNumber());
        assertThat(back.getText()).isEqualTo("Về hồ sơ " + started.caseNumber());

        steps.awaitTask(started, "Task_ReviewRequest");
        UI.getCurrent().navigate(back.getHref());
        assertThat(fact("case-status")).isEqualTo("Đang xác minh");
    }

    @Test
    void theChairOfAnotherUnionSeesNotFoundAndNoHardshipSection() {
        StartedCase started = steps.submit("member", HardshipSteps.request("tet",
                "Xin hỗ trợ Tết, vợ đang điều trị dài ngày", 500_000));
        steps.awaitTask(started, "Task_ReviewRequest");

        openCase("hospital.chair", started);
        assertThat(_get(H2.class, spec -> spec.withId("case-not-found")).getText())
                .isEqualTo("Không tìm thấy hoặc bạn không có quyền truy cập");
        assertThat(_find(Div.class, spec -> spec.withId("hardship-request"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("hardship-circumstances"))).isEmpty();
    }
}
