package vn.unioncare.casework.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.unioncare.RealBrowser;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseFileRequests;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The case page in a real Chromium: readable on a phone (360 px) and on a desktop, comments included. */
@UnionCareSpringTest
class CaseFileInABrowserTest {

    private static RealBrowser browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskForms taskForms;

    @BeforeAll
    static void startBrowser() {
        browser = RealBrowser.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Page signedIn(int width, String username) {
        return browser.signedIn("http://localhost:" + port, width, username);
    }

    @Test
    void onAPhoneTheCaseFileFitsTheScreenAndStacksItsFactsAndOnADesktopTheyStandBesideTheirLabels() {
        StartedCase request = CaseFileRequests.submit(accounts, starter, "member",
                "Xin hỗ trợ chi phí nằm viện dài ngày cho con, kèm giấy ra viện và hóa đơn");
        String task = CaseFileRequests.openTask(tasks, request);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            taskForms.complete(task, Map.of("decision", "approve", "amountApproved", 1_500_000));
        }
        for (int width : new int[] {360, 1280}) {
            Page page = signedIn(width, "school.chair");
            page.navigate("/cases/" + request.caseNumber());
            assertThat(page.locator("#case-title")).containsText(request.caseNumber());
            assertThat(page.locator("#case-timeline")).containsText("Hoàn thành công việc: Quyết định hỗ trợ");
            assertThat(page.locator("#case-timeline")).containsText("1500000");

            Locator caseFile = page.locator(".uc-case-file");
            Object overflow = caseFile.evaluate("e => e.scrollWidth - e.clientWidth");
            assertThat(((Number) overflow).intValue()).as("nothing wider than the page at %d px", width).isLessThanOrEqualTo(0);
            BoundingBox label = page.locator("#case-facts dt").first().boundingBox();
            BoundingBox value = page.locator("#case-member").boundingBox();
            assertThat(value.x + value.width).isLessThanOrEqualTo(width);
            if (width == 360) {
                assertThat(value.y).as("value below its label on a phone").isGreaterThanOrEqualTo(label.y + label.height - 1);
            } else {
                assertThat(Math.abs(value.y - label.y)).as("value beside its label on a desktop").isLessThan(5);
            }
        }
    }

    @Test
    void aMemberAddsACommentOnTheirCaseFromAPhone() {
        StartedCase request = CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        Page page = signedIn(360, "member");
        page.navigate("/cases/" + request.caseNumber());
        page.locator("#comment-text textarea").fill("Tôi gửi bổ sung giấy tờ vào thứ hai");
        page.locator("#comment-add").click();
        assertThat(page.locator("#case-comments")).containsText("Tôi gửi bổ sung giấy tờ vào thứ hai");
        assertThat(page.locator("#case-timeline")).containsText("Bình luận: Tôi gửi bổ sung giấy tờ vào thứ hai");
    }

    @Test
    void anOfficerOfAnotherUnionOpeningTheCaseByUrlSeesNotFound() {
        StartedCase request = CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        Page page = signedIn(1280, "factory.chair");
        page.navigate("/cases/" + request.caseNumber());
        assertThat(page.locator("#case-not-found")).hasText("Không tìm thấy hoặc bạn không có quyền truy cập");
    }
}
