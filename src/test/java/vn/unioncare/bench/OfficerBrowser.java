package vn.unioncare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One officer's browser tab at the HTTP level: its own cookie store, the login form with its CSRF token, then a Vaadin
 * route opened as the Flow client does it (the page, the UI's init request, the router's navigation) followed by the
 * requests a real browser's client sent after that navigation ({@link RecordedQueueOpening}). All tabs share one
 * {@link HttpClient} (its connections and threads), so that what a tab keeps in this JVM is only its cookies.
 */
final class OfficerBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");
    /** Vaadin's guard against JSON hijacking in front of every UIDL answer. */
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http;
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private String uiId;
    private String securityKey;
    private int syncId;
    private int clientId;

    OfficerBrowser(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Opens the login page and posts the form with its CSRF token; fails unless the officer is signed in. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET());
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher matcher = CSRF.matcher(page.body());
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        if (!meta.containsKey("_csrf")) {
            throw new IllegalStateException("no CSRF token in the login page (" + page.statusCode() + ")");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&"
                + encode(meta.getOrDefault("_csrf_parameter", "_csrf")) + "=" + encode(meta.get("_csrf"));
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(username + " not signed in: " + posted.statusCode() + " " + location);
        }
    }

    /**
     * Opens a route as the browser does: the page ({@code index.html}); the Flow client's
     * {@code /?v-r=init&location=<route>&query=} request, which creates the server-side UI; then the client router's
     * {@code ui-navigate} event (a UIDL request with the UI's security key), which builds the route's view. Returns
     * the answer to the navigation (JSON with the view's elements).
     */
    String open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/" + route)).GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /" + route + ": " + page.statusCode());
        }
        // the page's <base href="."> makes the client's relative "?v-r=init..." go to the servlet's root
        String init = json(send(HttpRequest.newBuilder(uri("/?v-r=init&location=" + encode(route) + "&query="))
                .GET()), "init of " + route);
        Matcher ui = UI_ID.matcher(init);
        Matcher key = SECURITY_KEY.matcher(init);
        if (!ui.find() || !key.find()) {
            throw new IllegalStateException("no UI id or security key in the init answer: " + init);
        }
        uiId = ui.group(1);
        securityKey = key.group(1);
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"UnionCare","historyState":null,"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(securityKey, route);
        return uidl(navigate, "navigation to " + route);
    }

    /**
     * Sends, after {@link #open}, the requests a real browser's client sent after the same navigation, each with this
     * UI's security key and the sync and message ids of this UI's last answer. The recorded requests name state nodes
     * by id, so the navigation answer must have built the same elements in the same order as the recorded one.
     */
    void continueAsRecorded(String navigationAnswer, RecordedQueueOpening recorded)
            throws IOException, InterruptedException {
        List<String> tags = RecordedQueueOpening.tags(navigationAnswer);
        if (!tags.equals(recorded.elementTags())) {
            throw new IllegalStateException("the view of " + recorded.officer() + " differs from the recorded one: "
                    + tags.size() + " elements here, " + recorded.elementTags().size() + " recorded");
        }
        for (String followUp : recorded.followUps()) {
            ObjectNode request = (ObjectNode) JSON.readTree(followUp);
            request.put("csrfToken", securityKey).put("syncId", syncId).put("clientId", clientId);
            uidl(JSON.writeValueAsString(request), "the client's request after the navigation");
        }
    }

    /** Posts a UIDL request and keeps the ids its answer gives for the next one. */
    private String uidl(String body, String what) throws IOException, InterruptedException {
        String answer = json(send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))), what);
        JsonNode message = JSON.readTree(answer.startsWith(UIDL_PREFIX) ? answer.substring(UIDL_PREFIX.length())
                : answer).get(0);
        if (message.has("meta") && message.get("meta").has("appError") || !message.has("syncId")
                || message.path("resynchronize").asBoolean(false)) {
            throw new IllegalStateException(what + " was refused: " + answer);
        }
        syncId = message.get("syncId").asInt();
        clientId = message.get("clientId").asInt();
        return answer;
    }

    private static String json(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/json")) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        URI uri = request.timeout(Duration.ofSeconds(60)).build().uri();
        cookies.get(uri, Map.of()).forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        cookies.put(uri, response.headers().map());
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
