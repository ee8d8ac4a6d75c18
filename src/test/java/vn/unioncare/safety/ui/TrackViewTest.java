package vn.unioncare.safety.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.safety.AnonymousReceipt;
import vn.unioncare.safety.AnonymousReportSteps;
import vn.unioncare.safety.ConversationDirection;
import vn.unioncare.safety.ConversationEntry;
import vn.unioncare.safety.ReporterConversation;
import vn.unioncare.security.UserAccountService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.unioncare.safety.ui.PublicSafetyPages.conversation;
import static vn.unioncare.safety.ui.PublicSafetyPages.fact;
import static vn.unioncare.safety.ui.PublicSafetyPages.send;
import static vn.unioncare.safety.ui.PublicSafetyPages.track;

/** Following an anonymous report on /track with its code alone. */
@UnionCareSpringTest
class TrackViewTest {

    private static final String NOT_FOUND = "Không tìm thấy báo cáo với mã theo dõi này. Hãy kiểm tra lại mã "
            + "(gồm 28 ký tự, ví dụ 7K2M-9QXR-...).";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ReporterConversation conversation;

    AnonymousReportSteps steps;

    @BeforeEach
    void openAsAVisitor() {
        steps = AnonymousReportSteps.of(context);
        KaribuUi.openAnonymous(context, "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
    }

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private static String refusal() {
        return _get(Paragraph.class, spec -> spec.withId("track-refused")).getText();
    }

    @Test
    void aWrongCodeAndAMalformedOneGetTheSameNotFound() {
        for (String code : new String[] {"0000-0000-0000-0000-0000-0000-0000", "xin chào!", ""}) {
            track(code);
            assertThat(refusal()).as(code).isEqualTo(NOT_FOUND);
            assertThat(_find(Span.class, spec -> spec.withId("track-case"))).isEmpty();
        }
    }

    @Test
    void theReporterSeesHowFarTheCaseHasComeReadsTheQuestionWithoutTheOfficersNameAndAnswers() {
        AnonymousReceipt receipt = steps.report(AnonymousReportSteps.hazardAtTheSchool(
                "Dây điện hở cạnh bồn rửa ở phòng thí nghiệm"));
        steps.assessAtTheSchool(receipt.caseNumber());
        steps.ask("school.chair", receipt.caseNumber(), "Dây điện hở ở bồn rửa nào?");

        track(receipt.trackingCode().toLowerCase(java.util.Locale.ROOT).replace("-", " "));

        assertThat(fact("track-case")).isEqualTo(receipt.caseNumber());
        assertThat(fact("track-case-status")).isEqualTo("Đang xử lý");
        assertThat(fact("track-stage")).isEqualTo("Đang khắc phục");
        assertThat(fact("track-received"))
                .startsWith(LocalDate.now(TimeConfiguration.HANOI).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(_find(Span.class, spec -> spec.withId("track-closed"))).isEmpty();
        assertThat(conversation()).singleElement().asString()
                .startsWith("Cán bộ công đoàn hỏi – ").endsWith(" :: Dây điện hở ở bồn rửa nào?")
                .doesNotContain("school.chair");

        send("answer-officers", "Bồn rửa thứ hai, gần cửa sổ");

        assertThat(conversation()).hasSize(2).last().asString()
                .startsWith("Người báo cáo – ").endsWith(" :: Bồn rửa thứ hai, gần cửa sổ");
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(conversation.forCase(receipt.caseNumber()))
                    .extracting(ConversationEntry::direction, ConversationEntry::text)
                    .containsExactly(tuple(ConversationDirection.QUESTION, "Dây điện hở ở bồn rửa nào?"),
                            tuple(ConversationDirection.ANSWER, "Bồn rửa thứ hai, gần cửa sổ"));
        }
    }

    @Test
    void anEmptyAnswerIsRefusedAtTheBox() {
        AnonymousReceipt receipt = steps.report(AnonymousReportSteps.hazardAtTheSchool(
                "Lối thoát hiểm tầng 2 bị khóa trong giờ học"));
        track(receipt.trackingCode());

        send("answer-officers", "   ");

        TextArea box = _get(TextArea.class, spec -> spec.withId("answer-officers-text"));
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("Hãy nhập nội dung tin nhắn");
        assertThat(_find(Paragraph.class, spec -> spec.withId("conversation-empty"))).hasSize(1);
    }

    @Test
    void theVisitorIsToldToWaitAfterTooManyLookUps() {
        for (int i = 0; i < 30; i++) {
            track("0000-0000-0000-0000-0000-0000-0000");
            assertThat(refusal()).isEqualTo(NOT_FOUND);
        }
        track("0000-0000-0000-0000-0000-0000-0000");
        assertThat(refusal()).matches("Bạn đã gửi quá nhiều yêu cầu\\. Hãy thử lại sau \\d+ giây\\.");
    }
}
