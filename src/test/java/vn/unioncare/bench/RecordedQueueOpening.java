package vn.unioncare.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import vn.unioncare.RealBrowser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a real browser (Chromium through Playwright) sends to Vaadin when an officer opens a route: the client
 * router's navigation, then every UIDL request the Flow client sends until it falls quiet — the web components
 * reporting their initial properties and events, the grid asking for its first rows and confirming them, the tabs,
 * the browser details a view asked for. {@link OfficerBrowser} replays these requests in its own sessions, so that
 * each session holds what the same officer's real browser tab leaves on the server.
 */
record RecordedQueueOpening(String officer, List<String> elementTags, List<String> followUps) {

    private static final Pattern TAG = Pattern.compile("\"key\":\"tag\",\"feat\":\\d+,\"value\":\"([^\"]+)\"");
    private static final Pattern CALL = Pattern.compile(
            "\"type\":\"(\\w+)\"(?:[^{}]*?\"(?:event|templateEventMethodName)\":\"([^\"]+)\")?");
    private static final long QUIET_MILLIS = 3_000;

    /** Opens {@code route} in Chromium signed in as {@code officer} and records its UIDL requests. */
    static RecordedQueueOpening record(RealBrowser browser, int port, String officer, String route) {
        Page page = browser.signedIn("http://localhost:" + port, 1280, officer);
        List<Request> requests = Collections.synchronizedList(new ArrayList<>());
        page.onRequest(request -> {
            if (request.url().contains("v-r=uidl") && "POST".equals(request.method())) {
                requests.add(request);
            }
        });
        page.navigate("/" + route);
        page.locator("vaadin-grid").first().waitFor();
        int seen = -1;
        while (seen != requests.size()) { // until no UIDL request for a while: the client has settled
            seen = requests.size();
            page.waitForTimeout(QUIET_MILLIS);
        }
        List<Request> sent = List.copyOf(requests);
        int navigation = -1;
        for (int i = 0; i < sent.size() && navigation < 0; i++) {
            if (sent.get(i).postData().contains("\"ui-navigate\"")) {
                navigation = i;
            }
        }
        if (navigation < 0) {
            throw new IllegalStateException("Chromium sent no ui-navigate for " + route + " as " + officer);
        }
        List<String> followUps = new ArrayList<>();
        sent.subList(navigation + 1, sent.size()).forEach(request -> followUps.add(request.postData()));
        List<String> tags = tags(sent.get(navigation).response().text());
        page.context().close();
        return new RecordedQueueOpening(officer, tags, followUps);
    }

    /** The recorded calls by kind, e.g. {@code event opened-changed=3, mSync=20}. */
    String callsByKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        Matcher call = CALL.matcher(String.join("\n", followUps));
        while (call.find()) {
            kinds.merge(call.group(2) == null ? call.group(1) : call.group(1) + " " + call.group(2), 1, Integer::sum);
        }
        return kinds.toString();
    }

    /** The element tags an answer creates, in order: the same list means the same state node ids. */
    static List<String> tags(String answer) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(answer);
        while (matcher.find()) {
            tags.add(matcher.group(1));
        }
        return tags;
    }
}
