package vn.unioncare.safety.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.unioncare.RealBrowser;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.safety.AnonymousReportSteps;
import vn.unioncare.safety.ConversationDirection;
import vn.unioncare.safety.ConversationEntry;
import vn.unioncare.safety.ReporterConversation;
import vn.unioncare.security.UserAccountService;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The anonymous safety channel in a real Chromium: a worker reports a hazard at the school without signing in and
 * keeps the tracking code; the school chair assesses it and asks a question; with the code alone the worker sees
 * the case move on, reads the question and answers it.
 */
@UnionCareSpringTest
class SafetyReportInABrowserTest {

    private static final Pattern CASE_NUMBER = Pattern.compile("AT-\\d{4}-\\d{6}");
    private static final String QUESTION = "Tủ hóa chất ở phòng nào, tầng mấy?";
    private static final String ANSWER = "Phòng thí nghiệm hóa 305, tầng 3";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ReporterConversation conversation;

    @Test
    void aWorkerReportsAHazardAnonymouslyFollowsItWithTheCodeAndAnswersTheChairsQuestion() {
        try (RealBrowser browser = RealBrowser.startOrSkip()) {
            Page worker = browser.newPage("http://localhost:" + port, 1280);
            Receipt receipt = reportAHazardAtTheSchool(worker);

            AnonymousReportSteps steps = AnonymousReportSteps.of(context);
            steps.assessAtTheSchool(receipt.caseNumber());
            steps.ask("school.chair", receipt.caseNumber(), QUESTION);

            worker.navigate("/track");
            assertThat(worker.url()).doesNotContain(receipt.code());
            worker.locator("#tracking-code-field input").fill(receipt.code());
            worker.locator("#track-open").click();
            assertThat(worker.locator("#track-case")).hasText(receipt.caseNumber());
            assertThat(worker.locator("#track-stage")).hasText("Đang khắc phục");
            Locator messages = worker.locator("#reporter-conversation");
            assertThat(messages).containsText(QUESTION);
            assertThat(messages).not().containsText("school.chair");

            worker.locator("#answer-officers-text textarea").fill(ANSWER);
            worker.locator("#answer-officers").click();
            assertThat(messages.locator(".uc-conversation-answer")).containsText(ANSWER);
            assertThat(worker.url()).doesNotContain(receipt.code());
            try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
                assertThat(conversation.forCase(receipt.caseNumber()))
                        .extracting(ConversationEntry::direction, ConversationEntry::text)
                        .containsExactly(tuple(ConversationDirection.QUESTION, QUESTION),
                                tuple(ConversationDirection.ANSWER, ANSWER));
            }
        }
    }

    private record Receipt(String caseNumber, String code) {
    }

    private Receipt reportAHazardAtTheSchool(Page worker) {
        worker.navigate("/report");
        // the first page of a fresh server may take longer than an assertion's usual 5 seconds
        assertThat(worker.locator("#submit-report")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        worker.locator("#field-workplaceUnion input").fill("Nghĩa Tân");
        worker.locator("vaadin-combo-box-item", new Page.LocatorOptions()
                .setHasText("Công đoàn cơ sở Trường THCS Nghĩa Tân")).click();
        worker.locator("#field-employerName input").fill("Trường THCS Nghĩa Tân");
        worker.locator("#field-place input").fill("Phòng thí nghiệm hóa, tầng 3");
        LocalDateTime anHourAgo = LocalDateTime.now(TimeConfiguration.HANOI).minusHours(1);
        Locator date = worker.locator("#field-occurredAt [slot=date-picker] input");
        date.fill(anHourAgo.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        date.press("Enter");
        Locator time = worker.locator("#field-occurredAt [slot=time-picker] input");
        time.fill(anHourAgo.format(DateTimeFormatter.ofPattern("HH:mm")));
        time.press("Enter");
        Locator hazard = worker.locator("#field-reportType vaadin-radio-button",
                new Page.LocatorOptions().setHasText("Nguy cơ mất an toàn"));
        // on a busy machine the click can land while the time picker's overlay is still closing, which swallows it
        for (int attempt = 0; attempt < 3 && hazard.getAttribute("checked") == null; attempt++) {
            hazard.click();
        }
        assertThat(hazard).hasAttribute("checked", "");
        worker.locator("#field-description textarea").fill("Tủ hóa chất không có khóa, học sinh mở được");
        worker.locator("#submit-report").click();

        Locator accepted = worker.locator("#report-accepted");
        assertThat(accepted).containsText("Đã nhận báo cáo AT-");
        Matcher number = CASE_NUMBER.matcher(accepted.textContent());
        assertThat(number.find()).isTrue();
        String code = worker.locator("#tracking-code").textContent().strip();
        assertThat(code).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        assertThat(worker.locator("#tracking-code-explained")).containsText("chỉ hiện một lần");
        assertThat(worker.url()).doesNotContain(code);
        return new Receipt(number.group(), code);
    }
}
