package vn.unioncare.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseFileRequests;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class CaseFileViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void theChairSeesTheHeaderTheOpenTaskWithALinkAndTheTimelineWithTheSubmittedData() {
        StartedCase started = CaseFileRequests.submit(accounts, starter, "member", "Xin hỗ trợ nằm viện");
        String task = CaseFileRequests.openTask(tasks, started);
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("cases/" + started.caseNumber());

        assertThat(_get(H2.class, spec -> spec.withId("case-title")).getText())
                .isEqualTo(started.caseNumber() + " · Xét duyệt có nhắc hạn");
        assertThat(_get(Span.class, spec -> spec.withId("case-member")).getText()).isEqualTo("Nguyễn Văn An");
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("Đang xử lý");
        assertThat(_get(Anchor.class, spec -> spec.withId("open-task-" + task).withText("Quyết định hỗ trợ")).getHref())
                .isEqualTo("tasks/" + task);
        String timeline = text(_get(OrderedList.class, spec -> spec.withId("case-timeline")));
        assertThat(timeline).contains("Gửi yêu cầu: Xét duyệt có nhắc hạn", "Nguyễn Văn An", "Ghi chú", "Xin hỗ trợ nằm viện",
                "Công việc mới: Quyết định hỗ trợ").doesNotContain("memberId", "orgUnitId", "unionCode");
        assertThat(_find(Div.class, spec -> spec.withId("case-attachments"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("case-diagram"))).hasSize(1);
    }

    @Test
    void anOfficerOfAnotherUnionSeesNotFound() {
        StartedCase started = CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("cases/" + started.caseNumber());

        assertThat(_get(H2.class, spec -> spec.withId("case-not-found")).getText())
                .isEqualTo("Không tìm thấy hoặc bạn không có quyền truy cập");
        assertThat(_find(OrderedList.class, spec -> spec.withId("case-timeline"))).isEmpty();
    }

    @Test
    void aCommentAddedOnThePageAppearsInTheCommentsAndTheTimelineAndABlankOneIsRefused() {
        StartedCase started = CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("cases/" + started.caseNumber());
        assertThat(_find(Anchor.class, spec -> spec.withText("Quyết định hỗ trợ"))).as("no task link for a member").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("comment-add")));
        TextArea blank = _get(TextArea.class, spec -> spec.withId("comment-text"));
        assertThat(blank.isInvalid()).isTrue();
        assertThat(blank.getErrorMessage()).isEqualTo("Hãy nhập nội dung bình luận");

        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "Tôi bổ sung giấy ra viện");
        _click(_get(Button.class, spec -> spec.withId("comment-add")));
        assertThat(text(_get(UnorderedList.class, spec -> spec.withId("case-comments"))))
                .contains("Tôi bổ sung giấy ra viện", "Nguyễn Văn An");
        assertThat(text(_get(OrderedList.class, spec -> spec.withId("case-timeline"))))
                .contains("Bình luận: Tôi bổ sung giấy ra viện");
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).getValue()).isEmpty();
    }
}
