package vn.unioncare.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's conversation with one node behind the TLS-terminating balancer: it keeps the node's cookies (sending the
 * {@code Secure} session cookie too, since the browser's side of the balancer is HTTPS), says
 * {@code X-Forwarded-Proto: https} and {@code X-Forwarded-For} as nginx does, and signs in with the login form.
 */
final class WebSession {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final JarNode node;
    private final String clientAddress;
    private final String userAgent;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String basicAuthorization;
    private String lastSessionCookie = "";

    private WebSession(JarNode node, String clientAddress, String userAgent) {
        this.node = node;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent;
    }

    static WebSession on(JarNode node) {
        return new WebSession(node, "192.0.2.10", "UnionCare deployment test");
    }

    /** An anonymous client with the given address (as the balancer forwards it) and browser. */
    static WebSession anonymous(JarNode node, String clientAddress, String userAgent) {
        return new WebSession(node, clientAddress, userAgent);
    }

    /** HTTP Basic on every request, as scripts and Camunda Modeler use the APIs. */
    static WebSession basic(JarNode node, String username, String password) {
        WebSession session = new WebSession(node, "192.0.2.11", "UnionCare deployment test");
        session.basicAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return session;
    }

    /**
     * Signs in through the login page as the browser does: open {@code /login}, post the form with the CSRF token
     * the page carries. Returns where the node sends the browser next ({@code /} when signed in).
     */
    String signIn(String username, String password) {
        HttpResponse<String> page = send(request("/login").GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /login: " + page.statusCode());
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher matcher = META.matcher(page.body());
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&"
                + encode(meta.getOrDefault("_csrf_parameter", "_csrf")) + "=" + encode(meta.getOrDefault("_csrf", ""));
        HttpResponse<String> posted = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return posted.headers().firstValue("Location").orElse("(status " + posted.statusCode() + ")");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON post with an {@code Idempotency-Key}, as a client that repeats unanswered requests sends it. */
    HttpResponse<String> postJson(String path, String json, String idempotencyKey) {
        return send(request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postMultipart(String path, Multipart body) {
        return send(request(path).header("Content-Type", body.contentType()).POST(body.publisher()));
    }

    /** The last {@code Set-Cookie} header of the session cookie, with its attributes ({@code Secure}, ...). */
    String sessionCookieAttributes() {
        return lastSessionCookie;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(node.url() + path))
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", clientAddress)
                .header("User-Agent", userAgent);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        if (basicAuthorization != null) {
            builder.header("Authorization", basicAuthorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            remember(response.headers());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(HttpHeaders headers) {
        for (String cookie : headers.allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            if (pair.startsWith("JSESSIONID=")) {
                lastSessionCookie = cookie;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
