package vn.unioncare.hardship.ui;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.unioncare.RealBrowser;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.common.TimeConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hardship assistance as its people meet it, in a real Chromium: the member asks for sickness support in the
 * portal, the school chair reviews, approves and (as the union's finance officer) pays, and the member finds the
 * case paid and downloads the Vietnamese decision letter.
 */
@UnionCareSpringTest
class HardshipInABrowserTest {

    /** How long the job executor may take to carry the case over an asynchronous step. */
    private static final Duration ASYNC_PATIENCE = Duration.ofSeconds(60);
    private static final Pattern CASE_NUMBER = Pattern.compile("HT-\\d{4}-\\d{6}");
    /** The text of the grid row that shows the given case number, cells separated by " | ". */
    private static final String GRID_ROW_TEXT = """
            ([gridId, caseNumber]) => {
              const grid = document.getElementById(gridId);
              const cell = grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                  .find(c => c.textContent.trim() === caseNumber && c.assignedSlot);
              if (!cell) return '';
              return [...cell.assignedSlot.closest('tr').querySelectorAll('slot')]
                  .map(s => s.assignedNodes().map(n => n.textContent.trim()).join('')).join(' | ');
            }""";

    @LocalServerPort
    int port;

    @Test
    void aMemberAsksForSicknessSupportTheChairReviewsApprovesAndPaysAndTheMemberDownloadsTheLetter() throws IOException {
        try (RealBrowser browser = RealBrowser.startOrSkip()) {
            String app = "http://localhost:" + port;
            Page member = browser.signedIn(app, 1280, "member");
            String caseNumber = submitSicknessRequest(member);
            workTheCaseAsTheSchoolChair(browser.signedIn(app, 1280, "school.chair"), caseNumber);
            findThePaidCaseAndReadTheLetter(member, caseNumber);
        }
    }

    private static void workTheCaseAsTheSchoolChair(Page chair, String caseNumber) {
        openTaskOfCase(chair, caseNumber, "Xác minh và đề xuất mức hỗ trợ");
        chair.getByLabel("Đã xác minh hoàn cảnh").check();
        choose(chair, "recommendation", "Đề nghị hỗ trợ");
        chair.locator("#field-proposedAmount input").fill("800000");
        complete(chair, "Xác minh và đề xuất mức hỗ trợ");

        openTaskOfCase(chair, caseNumber, "Phê duyệt hỗ trợ");
        choose(chair, "approvalDecision", "Duyệt hỗ trợ");
        chair.locator("#field-approvedAmount input").fill("800000");
        complete(chair, "Phê duyệt hỗ trợ");

        openTaskOfCase(chair, caseNumber, "Chi trả hỗ trợ");
        choose(chair, "paymentMethod", "Tiền mặt");
        chair.locator("#field-paymentReference input").fill("PC-2026-101");
        chair.locator("#field-paidOn input").fill(LocalDate.now(TimeConfiguration.HANOI).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        chair.locator("#field-paidOn input").press("Enter");
        complete(chair, "Chi trả hỗ trợ");
    }

    private static void findThePaidCaseAndReadTheLetter(Page member, String caseNumber) throws IOException {
        member.navigate("/my-cases");
        untilShown(member, () -> assertThat(rowText(member, "my-cases-grid", caseNumber)).contains("Đã chi trả"));
        member.locator("#my-cases-grid a", new Page.LocatorOptions().setHasText(caseNumber)).click();
        assertThat(member.locator("#case-status")).hasText("Đã chi trả");
        assertThat(member.locator("#hardship-outcome")).hasText("Đã chi trả");
        assertThat(member.locator("#hardship-approved")).hasText("800.000 đồng");
        assertThat(member.locator("#hardship-paid")).containsText("PC-2026-101");

        Locator letter = member.locator("#case-documents a", new Page.LocatorOptions().setHasText("quyet-dinh-"));
        Download download = member.waitForDownload(letter::click);
        assertThat(download.suggestedFilename()).startsWith("quyet-dinh-").endsWith(".pdf");
        assertThat(pdfText(Files.readAllBytes(download.path())))
                .contains("QUYẾT ĐỊNH", "Nguyễn Văn An", "800.000", caseNumber);
    }

    private static String submitSicknessRequest(Page member) {
        member.navigate("/start/hardship-assistance");
        member.locator("#field-supportType").click();
        member.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Ốm đau, bệnh hiểm nghèo")).click();
        member.locator("#field-circumstances textarea").fill("Điều trị viêm phổi tại Bệnh viện Bạch Mai 10 ngày");
        member.locator("#field-amountRequested input").fill("800000");
        member.getByLabel("Giấy tờ y tế (giấy ra viện, hóa đơn viện phí)").check();
        choose(member, "paymentMethod", "Tiền mặt");
        member.locator("#submit-request").click();
        Locator accepted = member.locator("#request-accepted");
        assertThat(accepted).containsText("Số hồ sơ của bạn: HT-");
        Matcher number = CASE_NUMBER.matcher(accepted.textContent());
        assertThat(number.find()).isTrue();
        assertThat(member.locator("#request-follow")).hasAttribute("href", "cases/" + number.group());
        return number.group();
    }

    /** The task list searched for the case, reloaded until the job executor has opened the task there. */
    private static void openTaskOfCase(Page officer, String caseNumber, String taskName) {
        officer.navigate("/tasks?q=" + caseNumber);
        Locator task = officer.locator("#tasks-grid a", new Page.LocatorOptions().setHasText(taskName));
        untilShown(officer, () -> assertThat(task).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(3_000)));
        task.click();
        assertThat(officer.locator("#task-case")).hasText(caseNumber);
    }

    private static void choose(Page page, String field, String option) {
        page.locator("#field-" + field + " vaadin-radio-button", new Page.LocatorOptions().setHasText(option)).click();
    }

    private static void complete(Page officer, String taskName) {
        officer.locator("#complete-task").click();
        assertThat(officer.locator("#task-completed")).hasText("Đã hoàn thành: " + taskName);
    }

    private static String rowText(Page page, String gridId, String caseNumber) {
        page.waitForFunction("args => (" + GRID_ROW_TEXT + ")(args) !== ''", new Object[] {gridId, caseNumber},
                new Page.WaitForFunctionOptions().setTimeout(3_000));
        return (String) page.evaluate(GRID_ROW_TEXT, new Object[] {gridId, caseNumber});
    }

    /**
     * Runs the check, reloading the page after each miss until it passes or the job executor has had
     * {@link #ASYNC_PATIENCE}; each try waits through Playwright, so there is no fixed sleep.
     */
    private static void untilShown(Page page, Runnable check) {
        Instant deadline = Instant.now().plus(ASYNC_PATIENCE);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | PlaywrightException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                page.reload();
            }
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
