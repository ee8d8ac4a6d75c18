package vn.unioncare.security;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, item 8: sessions end when they should, and every answer carries the security headers. */
@UnionCareSpringTest
class SessionsAndHeadersTest {

    private static final String SIGNED_IN_ONLY = "/api/v1/forms/no-such-form";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    Environment environment;

    @Test
    void anIdleSessionEndsAfterAnHourAndVaadinsHeartbeatDoesNotKeepItAlive() {
        Context web = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(web.getSessionTimeout()).as("minutes").isBetween(5, 60);
        // an open browser tab sends a heartbeat every five minutes; without this a session never goes idle
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureInProduction() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("school.chair", "demo");
        assertThat(browser.sessionCookieHeaders()).isNotEmpty().allSatisfy(cookie ->
                assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        Properties production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }

    @Test
    void afterLogoutTheOldSessionCookieNoLongerWorks() {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> login = browser.signIn("school.chair", "demo");
        assertThat(BrowserSession.location(login)).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String signedInCookie = browser.cookie();
        assertThat(browser.get(SIGNED_IN_ONLY).statusCode()).as("signed in").isEqualTo(404);

        HttpResponse<String> logout = browser.logout();
        assertThat(BrowserSession.location(logout)).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        browser.useCookie(signedInCookie);

        assertThat(browser.get(SIGNED_IN_ONLY).statusCode()).isEqualTo(401);
        HttpResponse<String> ui = browser.get("/tasks");
        assertThat(ui.statusCode()).isEqualTo(302);
        assertThat(BrowserSession.location(ui)).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aDisabledAccountLosesItsSessionOnTheNextRequestAndCannotSignInAgain() {
        String username = "disabled.probe." + System.nanoTime() % 100_000;
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            accounts.createAccount(new NewAccount(username, "probe-password", "Probe", null, null, Set.of()));
        }
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(username, "probe-password");
        assertThat(browser.get(SIGNED_IN_ONLY).statusCode()).as("signed in").isEqualTo(404);

        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            accounts.setEnabled(username, false);
        }

        assertThat(browser.get(SIGNED_IN_ONLY).statusCode()).isEqualTo(401);
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(302);
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":probe-password").getBytes());
        assertThat(new BrowserSession(port).get(SIGNED_IN_ONLY, "Authorization", basic).statusCode()).isEqualTo(401);
        HttpResponse<String> again = new BrowserSession(port).signIn(username, "probe-password");
        assertThat(BrowserSession.location(again)).hasValueSatisfying(l -> assertThat(l).contains("error"));
    }

    @Test
    void theUiIsServedWithAPolicyVaadinCanLiveWithAndCannotBeFramedByAnotherSite() {
        HttpResponse<String> login = new BrowserSession(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertCommonHeaders(login);
    }

    @Test
    void everyDoorAnswersWithNosniffAReferrerPolicyAndNoFraming() {
        BrowserSession anonymous = new BrowserSession(port);
        for (String path : new String[]{"/api/v1/forms/x", "/api/v1/certificates/ABCD-EFGH", "/engine-rest/version",
                "/actuator/health", "/camunda/app/cockpit/default/"}) {
            HttpResponse<String> answer = anonymous.get(path);
            assertCommonHeaders(answer);
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).isPresent();
        }
        assertThat(anonymous.get("/api/v1/forms/x").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'", "frame-ancestors 'none'"));
    }

    @Test
    void strictTransportSecurityOnlyWhenTheBalancerSaysTheRequestCameOverTls() {
        BrowserSession client = new BrowserSession(port);
        assertThat(client.get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> overTls = client.get("/login", "X-Forwarded-Proto", "https");
        assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=").contains("includeSubDomains"));
    }

    private static void assertCommonHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().getPath()).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Referrer-Policy")).as(answer.uri().getPath())
                .hasValue("strict-origin-when-cross-origin");
    }
}
