package vn.unioncare;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java. Playwright never downloads a browser here; where
 * {@code /usr/bin/chromium} is missing the calling test is skipped with a message saying so.
 */
public final class RealBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private RealBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    public static RealBrowser startOrSkip() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Skipped: no Chromium at /usr/bin/chromium (install Debian's chromium package; .ci/run does)");
        return new RealBrowser();
    }

    /** A fresh browser context (own cookies) with one page, at the given viewport width. */
    public Page newPage(String baseUrl, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(width, 800).setLocale("vi-VN"));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /** A fresh page signed in as the demo account (password {@code demo}), once the shell greets them. */
    public Page signedIn(String baseUrl, int width, String username) {
        Page page = newPage(baseUrl, width);
        page.navigate("/");
        signIn(page, username, "demo");
        assertThat(page.getByText("Xin chào")).isVisible();
        return page;
    }

    /** Fills UnionCare's (Vietnamese) login form on the page and submits it. */
    public static void signIn(Page page, String username, String password) {
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
