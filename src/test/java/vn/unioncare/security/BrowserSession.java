package vn.unioncare.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session at the HTTP level: the login page's CSRF token, the form login, the session cookie as the
 * server set it, and requests that carry exactly that cookie (no cookie jar, so a test can replay an old one).
 */
final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie;
    private String csrf;
    private List<String> setCookieHeaders = List.of();

    BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Opens the login page and signs in with the form; the answer of the form post. */
    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/login");
        remember(page);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the login page");
        }
        csrf = token.group(1);
        HttpResponse<String> answer = postForm("/login", "username=" + encode(username) + "&password="
                + encode(password) + "&_csrf=" + encode(csrf));
        remember(answer);
        return answer;
    }

    /** Logs out as the shell's button does (Spring Security's logout), with the token of a freshly loaded page. */
    HttpResponse<String> logout() {
        Matcher token = CSRF.matcher(get("/").body());
        if (token.find()) {
            csrf = token.group(1);
        }
        HttpResponse<String> answer = postForm("/logout", "_csrf=" + encode(csrf));
        remember(answer);
        return answer;
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    String cookie() {
        return cookie;
    }

    void useCookie(String sessionId) {
        this.cookie = sessionId;
    }

    /** The Set-Cookie headers of the last answer that set the session cookie. */
    List<String> sessionCookieHeaders() {
        return setCookieHeaders;
    }

    private HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(HttpResponse<String> response) {
        List<String> sessionCookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        sessionCookies.stream().findFirst().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .ifPresent(m -> cookie = m.group(1));
        if (!sessionCookies.isEmpty()) {
            setCookieHeaders = sessionCookies;
        }
    }

    static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
