package vn.unioncare.casework.ui;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.unioncare.RealBrowser;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.security.UserAccountService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard in a real Chromium: the chart is drawn, and both downloads arrive through the signed-in session. */
@UnionCareSpringTest
class SupervisionDashboardInABrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;

    @Test
    void theWardOfficerSeesTheChartAndDownloadsTheCsvAndThePdfReport() throws IOException {
        try (RealBrowser browser = RealBrowser.startOrSkip()) {
            try (SignedIn ignored = SignedIn.as(accounts, "member")) {
                starter.start("foundation-roundtrip", Map.of("note", "Đề nghị hỗ trợ"));
            }
            signInAndDownload(browser.newPage("http://localhost:" + port, 1280));
        }
    }

    private static void signInAndDownload(Page page) throws IOException {
        page.navigate("/");
        page.getByLabel("Tên đăng nhập").fill("commune.officer");
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.locator("#main-navigation")).isVisible();
        page.navigate("/supervision/dashboard");

        assertThat(page.locator("#dashboard-chart svg")).isVisible();
        assertThat(page.locator("#dashboard-unions")).containsText("Công đoàn cơ sở Trường THCS Nghĩa Tân");

        Download csv = page.waitForDownload(() -> page.locator("#dashboard-csv").click());
        assertThat(csv.suggestedFilename()).matches("supervision-CD-P-CAU-GIAY-\\d{4}-\\d{2}-\\d{2}\\.csv");
        byte[] csvBytes = Files.readAllBytes(csv.path());
        assertThat(Arrays.copyOf(csvBytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csvBytes, StandardCharsets.UTF_8)).contains("Công đoàn cơ sở Trường THCS Nghĩa Tân,");

        Download pdf = page.waitForDownload(() -> page.locator("#dashboard-pdf").click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Báo cáo giám sát: Công đoàn phường Cầu Giấy", "Công đoàn cơ sở Trường THCS Nghĩa Tân");
        }
    }
}
