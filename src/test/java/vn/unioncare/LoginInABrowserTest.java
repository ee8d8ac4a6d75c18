package vn.unioncare;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The login and the shell as a person meets them, in a real Chromium against the running application. */
@UnionCareSpringTest
class LoginInABrowserTest {

    private static RealBrowser browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;

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

    private Page open() {
        return open(1280);
    }

    private Page open(int width) {
        Page page = browser.newPage("http://localhost:" + port, width);
        page.navigate("/");
        return page;
    }

    private static void signIn(Page page, String username, String password) {
        RealBrowser.signIn(page, username, password);
    }

    @Test
    void theLoginPageIsInVietnamese() {
        Page page = open();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.getByLabel("Tên đăng nhập")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))).isVisible();
    }

    @Test
    void aWrongPasswordGetsAClearMessage() {
        Page page = open();
        signIn(page, "school.chair", "not-the-password");
        assertThat(page.getByText("Sai tên đăng nhập hoặc mật khẩu")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
    }

    @Test
    void aGrassrootsChairSignsInSeesTheirNavigationAndSearchesMembersWithoutDiacritics() {
        Page page = open();
        signIn(page, "school.chair", "demo");
        assertThat(page.getByText("Xin chào, Nguyễn Thị Mai")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item[path='members']")).containsText("Đoàn viên");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Tài khoản"))).hasCount(0);

        page.locator("vaadin-side-nav-item[path='members']").click();
        page.locator("#member-search input").fill("nguyen van an");
        // the school's 20 members narrow to the two who share this name, a real-life case the search must show both of
        page.waitForFunction("() => document.querySelector('#members-grid').size === 2");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Nguyễn Văn An"))
                .first()).isVisible();
    }

    @Test
    void aFormRowSitsOnOneLineOnADesktopAndCollapsesToOneColumnOnAPhone() {
        for (int width : new int[]{1280, 360}) {
            Page page = open(width);
            signIn(page, "member", "demo");
            assertThat(page.getByText("Xin chào")).isVisible();
            page.navigate("/start/form-showcase");
            var name = page.locator("#field-fullName");
            var card = page.locator("#field-cardNumber");
            assertThat(name).isVisible();
            var nameBox = name.boundingBox();
            var cardBox = card.boundingBox();
            if (width == 1280) {
                assertThat(Math.abs(nameBox.y - cardBox.y)).as("same row on a desktop").isLessThan(5);
                assertThat(cardBox.x).isGreaterThan(nameBox.x + nameBox.width / 2);
            } else {
                assertThat(cardBox.y).as("stacked on a phone").isGreaterThan(nameBox.y + nameBox.height / 2);
                assertThat(Math.abs(nameBox.x - cardBox.x)).isLessThan(5);
                assertThat(nameBox.width).isLessThanOrEqualTo(360);
            }
        }
    }

    @Test
    void aChairClaimsAndCompletesATaskAndAnotherUnionCannotOpenItByUrl() {
        StartedCase request;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            request = starter.start("foundation-roundtrip", java.util.Map.of("note", "Đề nghị thăm hỏi"));
        }
        String task = tasks.createTaskQuery().processInstanceId(request.processInstanceId()).singleResult().getId();

        Page chair = open();
        signIn(chair, "school.chair", "demo");
        assertThat(chair.getByText("Xin chào")).isVisible();
        chair.navigate("/tasks?q=" + request.caseNumber());
        chair.locator("#claim-" + task).click();
        // the queue now offers to give the task back: it is the chair's
        assertThat(chair.locator("#queues")).isVisible();
        chair.locator("#queue-mine").click();
        assertThat(chair.locator("#unclaim-" + task)).isVisible();
        chair.navigate("/tasks/" + task);
        chair.locator("#complete-task").click();
        assertThat(chair.locator("#task-completed")).hasText("Đã hoàn thành: Xem xét yêu cầu");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();

        String another;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            StartedCase second = starter.start("foundation-roundtrip", java.util.Map.of("note", "Đề nghị thứ hai"));
            another = tasks.createTaskQuery().processInstanceId(second.processInstanceId()).singleResult().getId();
        }
        Page outsider = open();
        signIn(outsider, "hospital.chair", "demo");
        assertThat(outsider.getByText("Xin chào")).isVisible();
        outsider.navigate("/tasks/" + another);
        assertThat(outsider.locator("#task-not-found")).hasText("Không tìm thấy hoặc bạn không có quyền truy cập");
    }

    @Test
    void onAPhoneAChairWorksATaskThroughItsFormAndTheCaseTimelineShowsWhatWasDecided() {
        StartedCase request = DemoRequests.start("case-file-review", "member", "Xin hỗ trợ nằm viện", starter, accounts);
        String task = DemoRequests.openTaskOf(request, tasks);

        Page chair = open(360);
        signIn(chair, "school.chair", "demo");
        assertThat(chair.getByText("Xin chào")).isVisible();
        chair.navigate("/tasks?q=" + request.caseNumber());
        chair.locator("#claim-" + task).click();
        assertThat(chair.locator("#queues")).isVisible();
        assertThat(horizontalOverflow(chair)).as("the queue fits a 360 px phone").isLessThanOrEqualTo(0);
        chair.navigate("/tasks/" + task);
        chair.locator("#field-decision vaadin-radio-button", new Page.LocatorOptions().setHasText("Duyệt")).click();
        chair.locator("#field-amountApproved input").fill("1500000");
        chair.locator("#complete-task").click();
        assertThat(chair.locator("#task-completed")).hasText("Đã hoàn thành: Quyết định hỗ trợ");

        chair.navigate("/cases/" + request.caseNumber());
        assertThat(chair.locator("#case-timeline")).containsText("Quyết định hỗ trợ");
        assertThat(chair.locator("#case-timeline")).containsText("Quyết định");
        assertThat(chair.locator("#case-timeline")).containsText("Duyệt");
        assertThat(chair.locator("#case-timeline")).containsText("1500000");
        assertThat(chair.locator("#case-timeline")).containsText("Xin hỗ trợ nằm viện");
        assertThat(horizontalOverflow(chair)).as("the case page fits a 360 px phone").isLessThanOrEqualTo(0);

        Page outsider = open();
        signIn(outsider, "factory.chair", "demo");
        assertThat(outsider.getByText("Xin chào")).isVisible();
        outsider.navigate("/cases/" + request.caseNumber());
        assertThat(outsider.locator("#case-not-found")).hasText("Không tìm thấy hoặc bạn không có quyền truy cập");
    }

    private static int horizontalOverflow(Page page) {
        page.waitForLoadState();
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    @Test
    void theAdministratorOpensCockpitWithoutSigningInAgainAndAChairCannot() {
        Page admin = open();
        signIn(admin, "admin", "demo");
        assertThat(admin.getByText("Xin chào")).isVisible();
        var cockpit = admin.navigate("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        var user = admin.request().get("/camunda/api/admin/auth/user/default");
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.text()).contains("\"userId\":\"admin\"").contains("cockpit");

        Page chair = open();
        signIn(chair, "school.chair", "demo");
        assertThat(chair.getByText("Xin chào")).isVisible();
        assertThat(chair.navigate("/camunda/app/cockpit/default/").status()).isEqualTo(403);
        assertThat(chair.request().get("/camunda/api/admin/auth/user/default").status()).isEqualTo(403);
    }
}
