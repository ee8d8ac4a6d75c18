package vn.unioncare.safety.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.safety.AnonymousReceipt;
import vn.unioncare.safety.AnonymousReportSteps;
import vn.unioncare.security.UserAccountService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.safety.ui.PublicSafetyPages.conversation;
import static vn.unioncare.safety.ui.PublicSafetyPages.fact;
import static vn.unioncare.safety.ui.PublicSafetyPages.send;
import static vn.unioncare.safety.ui.PublicSafetyPages.track;

/** The safety part of the case page: the report for those who may see the case, and the anonymous reporter asked. */
@UnionCareSpringTest
class SafetyCaseSectionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;

    AnonymousReportSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = AnonymousReportSteps.of(context);
    }

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    /** An anonymous hazard report at the school, waiting for the chair's assessment, its page open to the account. */
    private AnonymousReceipt reportedAndOpenedBy(String account, String description) {
        AnonymousReceipt receipt = steps.report(AnonymousReportSteps.hazardAtTheSchool(description));
        steps.awaitTask(receipt.caseNumber(), "Task_AssessHazard");
        KaribuUi.open(context, accounts, account);
        UI.getCurrent().navigate("cases/" + receipt.caseNumber());
        return receipt;
    }

    @Test
    void theSchoolChairReadsTheAnonymousReportAsksAndTheReporterFindsTheQuestionOnTrack() {
        AnonymousReceipt receipt = reportedAndOpenedBy("school.chair", "Quạt trần phòng 204 rung mạnh, ốc bắt bị lỏng");

        assertThat(fact("safety-reporter")).isEqualTo("Ẩn danh");
        assertThat(fact("safety-type")).isEqualTo("Nguy cơ mất an toàn");
        assertThat(fact("safety-union")).isNotBlank();
        assertThat(fact("safety-place")).isEqualTo("Phòng thí nghiệm hóa, tầng 3");
        assertThat(fact("safety-description")).isEqualTo("Quạt trần phòng 204 rung mạnh, ốc bắt bị lỏng");
        assertThat(fact("safety-severity")).isEqualTo("Nguy cơ, chưa có thương vong");
        assertThat(_find(Span.class, spec -> spec.withId("safety-casualties"))).isEmpty();

        send("ask-reporter", "Quạt ở phòng 204 dãy A hay dãy B?");
        assertThat(conversation()).singleElement().asString()
                .startsWith("Câu hỏi của Nguyễn Thị Mai (Chủ tịch CĐCS THCS Nghĩa Tân) – ").endsWith(" :: Quạt ở phòng 204 dãy A hay dãy B?");

        KaribuUi.close();
        KaribuUi.openAnonymous(context, "192.0.2.10");
        track(receipt.trackingCode());
        assertThat(conversation()).singleElement().asString()
                .startsWith("Cán bộ công đoàn hỏi – ").endsWith(" :: Quạt ở phòng 204 dãy A hay dãy B?");
    }

    @Test
    void theChairOfAnotherUnionSeesNeitherTheReportNorTheConversation() {
        reportedAndOpenedBy("hospital.chair", "Bình chữa cháy hết hạn ở hành lang tầng 1");

        assertThat(_get(H2.class, spec -> spec.withId("case-not-found")).getText())
                .isEqualTo("Không tìm thấy hoặc bạn không có quyền truy cập");
        assertThat(_find(Div.class, spec -> spec.withId("safety-report"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("safety-description"))).isEmpty();
    }
}
