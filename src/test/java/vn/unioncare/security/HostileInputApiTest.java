package vn.unioncare.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.HostileValues;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, item 7: every JSON API endpoint under random and hostile input (jqwik generators): oversized values,
 * malformed JSON, wrong types and content types, script and SQL payloads, path traversal in ids and file names,
 * zip bombs and polyglot files. Never a 500, never a stack trace or an exception's class name in an answer, an error
 * is always JSON (so nothing a client sent comes back as a page to render), and a refused request stores nothing.
 */
@UnionCareSpringTest
class HostileInputApiTest {

    static final int TRIES = 30;
    private static final Pattern LEAK = Pattern.compile("Exception|Throwable|\\tat |java\\.|javax\\.|jakarta\\."
            + "|org\\.springframework|org\\.camunda|org\\.hibernate|org\\.h2|vn\\.unioncare|\"trace\"|SQLState");
    private static final Set<String> STORABLE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "image/webp", "image/heic",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Strings for path segments: traversal, SQL, script, encodings, control characters, sheer length. */
    private static final Arbitrary<String> HOSTILE_IDS = Arbitraries.oneOf(
            Arbitraries.of("../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "..\\..\\win.ini",
                    "' or '1'='1", "1; drop table case_file; --", "<script>alert(1)</script>", "${7*7}", "#{7*7}",
                    "%00", "\u0000", "NaN", "-1", "0", "9223372036854775808", "HT-2026-000001' --", "null",
                    "foundation-roundtrip/../hardship-assistance", "%252e%252e%252f", "\u202Eexe.pdf"),
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3_000).ofMaxLength(9_000));
    private static final Arbitrary<String> MALFORMED_JSON = Arbitraries.oneOf(
            Arbitraries.of("not json", "{", "{\"note\": ", "[1,2,3]", "\"text\"", "null", "true", "1e999999",
                    "{\"note\": \"\\ud800\"}", "{\"note\": NaN}", "{\"a\":1,\"a\":2}", "{\"note\":\"x\"}garbage",
                    "[".repeat(6_000) + "]".repeat(6_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
            Arbitraries.strings().ofMaxLength(200));
    private static final Arbitrary<String> CONTENT_TYPES = Arbitraries.of("application/json",
            "application/json; charset=ISO-8859-1", "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=", "application/json; charset=utf-32", "*/*", "application/*", "");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicInteger clients = new AtomicInteger();
    private final List<String> sent = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private String memberCase;

    @BeforeEach
    void aCaseOfTheMember() {
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            memberCase = starter.start("foundation-roundtrip", Map.of("note", "hostile input")).caseNumber();
        }
    }

    @org.junit.jupiter.api.AfterEach
    void figures(org.junit.jupiter.api.TestInfo test) {
        // the figures docs/reliability.md reports
        System.out.println("HOSTILE-FIGURES " + test.getDisplayName() + ": " + sent.size() + " requests, statuses "
                + statuses);
    }

    record Answer(int status, String contentType, String body, HttpResponse<byte[]> raw) {
    }

    // ---- starting cases and completing tasks ---------------------------------------------------------------------

    @Test
    void startingACaseWithHostileJsonIsAcceptedOrRefusedAndARefusalStartsNothing() throws Exception {
        for (String body : bodies()) {
            String key = Arbitraries.oneOf(Arbitraries.just("foundation-roundtrip"), HOSTILE_IDS).sample();
            String type = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(4, Arbitraries.just("application/json")),
                    net.jqwik.api.Tuple.of(1, CONTENT_TYPES)).sample();
            long before = footprint();
            Answer answer = send("member", "POST", "/api/v1/processes/" + segment(key) + "/start", type, utf8(body));
            assertSafe(answer, body);
            if (answer.status() != 201) {
                assertThat(footprint()).as("nothing stored for %s", shown(body)).isEqualTo(before);
            }
        }
    }

    @Test
    void completingATaskWithHostileJsonLeavesTheTaskOpenWhenRefused() throws Exception {
        String task = newTask();
        for (String body : bodies()) {
            Answer answer = send("school.chair", "POST", "/api/v1/tasks/" + task + "/complete", "application/json",
                    utf8(body));
            assertSafe(answer, body);
            if (answer.status() == 204) {
                task = newTask();
            } else {
                assertThat(tasks.createTaskQuery().taskId(task).count()).as(shown(body)).isEqualTo(1);
            }
        }
        for (String id : HOSTILE_IDS.sampleStream().limit(TRIES).toList()) {
            assertSafe(send("school.chair", "POST", "/api/v1/tasks/" + segment(id) + "/complete", "application/json",
                    utf8("{}")), id);
        }
    }

    @Test
    void formsAndCertificatesLookedUpByHostileIdsAreNotFoundNeverAnError() {
        for (String id : HOSTILE_IDS.sampleStream().limit(TRIES).toList()) {
            assertSafe(send("member", "GET", "/api/v1/forms/" + segment(id), null, null), id);
            assertSafe(send(null, "GET", "/api/v1/certificates/" + segment(id), null, null), id);
        }
    }

    // ---- files ---------------------------------------------------------------------------------------------------

    @Test
    void hostileAttachmentsToACaseAreRefusedOrStoredAsHarmlessDownloadsUnderASafeName() throws Exception {
        String documents = "/api/v1/cases/" + memberCase + "/documents";
        for (Map.Entry<String, byte[]> file : HostileFiles.ALL.entrySet()) {
            for (String filename : hostileFilenames(4)) {
                long before = footprint();
                Answer answer = send("member", "POST", documents, null, multipart("file", filename, file.getValue()));
                String what = file.getKey() + " as " + shown(filename);
                assertSafe(answer, what);
                if (answer.status() == 201) {
                    assertHarmless(json.readTree(answer.body()).path("filename").asText(),
                            json.readTree(answer.body()).path("mediaType").asText(), what);
                    Answer download = send("member", "GET", documents + "/" + json.readTree(answer.body()).path("id")
                            .asLong(), null, null);
                    assertThat(download.raw().headers().firstValue("Content-Disposition")).as(what)
                            .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
                    assertThat(download.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                    assertThat(STORABLE_TYPES).as(what).contains(download.contentType());
                } else {
                    assertThat(footprint()).as("nothing stored for %s", what).isEqualTo(before);
                }
            }
        }
        for (String id : HOSTILE_IDS.sampleStream().limit(TRIES).toList()) {
            assertSafe(send("member", "GET", "/api/v1/cases/" + segment(id) + "/documents", null, null), id);
            assertSafe(send("member", "GET", documents + "/" + segment(id), null, null), id);
        }
    }

    @Test
    void hostileFilesStagedForAFormAreRefusedOrKeptUnderASafeName() throws Exception {
        for (Map.Entry<String, byte[]> file : HostileFiles.ALL.entrySet()) {
            for (String filename : hostileFilenames(3)) {
                String accept = Arbitraries.oneOf(Arbitraries.of(".pdf", "image/*", ".pdf,.jpg,.png", ".html",
                        "*/*"), HOSTILE_IDS).sample();
                long before = footprint();
                Answer answer = send("member", "POST", "/api/v1/uploads?accept=" + query(accept), null,
                        multipart("file", filename, file.getValue()));
                String what = file.getKey() + " as " + shown(filename) + " accepting " + shown(accept);
                assertSafe(answer, what);
                if (answer.status() == 201) {
                    assertHarmless(json.readTree(answer.body()).path("filename").asText(),
                            json.readTree(answer.body()).path("mediaType").asText(), what);
                    assertSafe(send("member", "DELETE", "/api/v1/uploads/"
                            + json.readTree(answer.body()).path("reference").asText(), null, null), what);
                } else {
                    assertThat(footprint()).as("nothing stored for %s", what).isEqualTo(before);
                }
            }
        }
        for (String id : HOSTILE_IDS.sampleStream().limit(TRIES).toList()) {
            assertSafe(send("member", "DELETE", "/api/v1/uploads/" + segment(id), null, null), id);
        }
    }

    // ---- the anonymous safety channel ----------------------------------------------------------------------------

    @Test
    void anonymousSafetyReportsWithHostileContentAreAcceptedOrRefusedAndARefusalStoresNothing() throws Exception {
        for (String body : bodies()) {
            long before = footprint();
            Answer answer = send(null, "POST", "/api/v1/safety-reports", "application/json", utf8(body));
            assertSafe(answer, body);
            if (answer.status() != 201) {
                assertThat(footprint()).as("nothing stored for %s", shown(body)).isEqualTo(before);
            }
        }
        for (Map.Entry<String, byte[]> file : HostileFiles.ALL.entrySet()) {
            String report = bodies().get(0);
            long before = footprint();
            Answer answer = send(null, "POST", "/api/v1/safety-reports", null,
                    multipart("report", null, utf8(report), "photos", "photo.jpg", file.getValue()));
            assertSafe(answer, file.getKey());
            if (answer.status() != 201) {
                assertThat(footprint()).as("nothing stored for %s", file.getKey()).isEqualTo(before);
            }
        }
        for (String code : HOSTILE_IDS.sampleStream().limit(TRIES).toList()) {
            assertSafe(send(null, "GET", "/api/v1/safety-reports/" + segment(code), null, null), code);
            String answerBody = Arbitraries.oneOf(MALFORMED_JSON, HostileValues.any().map(this::asJson)).sample();
            long before = footprint();
            Answer answer = send(null, "POST", "/api/v1/safety-reports/" + segment(code) + "/answers",
                    "application/json", utf8(answerBody));
            assertSafe(answer, answerBody);
            assertThat(footprint()).as("an answer to no report stores nothing").isEqualTo(before);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Malformed JSON, and well-formed JSON with random and hostile values under real and foreign keys. */
    private List<String> bodies() {
        Arbitrary<String> wellFormed = Arbitraries.maps(Arbitraries.of("note", "reportType", "workplaceUnion",
                        "description", "text", "occurredAt", "__proto__", "", "x".repeat(300)), HostileValues.any())
                .ofMaxSize(6).map(this::asJson);
        Arbitrary<String> anyJson = HostileValues.any().map(this::asJson);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, wellFormed), net.jqwik.api.Tuple.of(2, MALFORMED_JSON),
                net.jqwik.api.Tuple.of(1, anyJson)).sampleStream().limit(TRIES).toList();
    }

    private static List<String> hostileFilenames(int count) {
        return Arbitraries.oneOf(Arbitraries.of("../../../../etc/passwd", "..\\..\\windows\\win.ini",
                        "/etc/shadow", "report.pdf.html", "<img src=x onerror=alert(1)>.pdf", "' or 1=1 --.pdf",
                        "CON.pdf", ".htaccess", "%2e%2e%2fpasswd.pdf", "\u202Efdp.exe", "a\u0000.pdf", "",
                        "x".repeat(5_000) + ".pdf", "photo.jpg", "scan.pdf", "giay-to.docx"),
                Arbitraries.strings().ofMaxLength(30).map(s -> s + ".pdf")).sampleStream().limit(count).toList();
    }

    private static void assertHarmless(String filename, String mediaType, String what) {
        assertThat(filename).as(what).doesNotContain("/", "\\", "..", "<", ">", "\u0000", "\u202E")
                .hasSizeLessThanOrEqualTo(255);
        assertThat(STORABLE_TYPES).as(what).contains(mediaType);
    }

    private void assertSafe(Answer answer, String sentText) {
        String what = answer.status() + " for " + shown(sentText);
        sent.add(sentText);
        assertThat(answer.status()).as(what + ": " + shown(answer.body())).isLessThan(500);
        assertThat(LEAK.matcher(answer.body()).find()).as(what + " leaks: " + shown(answer.body())).isFalse();
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 400 && !answer.body().isEmpty() && !answer.contentType().startsWith("application/json")) {
            // only the servlet container's own refusal of a malformed request line: a fixed page, nothing echoed
            assertThat(answer.status()).as(what + " answers as JSON").isEqualTo(400);
            assertThat(answer.contentType()).startsWith("text/html");
            assertThat(answer.body()).as(what).doesNotContain("<script", "Tomcat")
                    .doesNotContain(sentText.length() >= 4 ? sentText : "<script");
        }
    }

    /** Rows a request could leave behind: case files (one per started process), documents, safety reports. */
    private long footprint() {
        return jdbc.queryForObject("select (select count(*) from case_file) + (select count(*) from stored_document"
                + " where kind = 'ATTACHMENT') + (select count(*) from safety_report)"
                + " + (select count(*) from safety_message)", Long.class);
    }

    private String newTask() {
        String instance = runtime.startProcessInstanceByKey("foundation-roundtrip",
                Map.of("unionCode", "CS-THCS-NGHIA-TAN")).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private Answer send(String user, String method, String path, String contentType, byte[] body) {
        return exchange(user, method, path, contentType == null && body != null ? MULTIPART_TYPE : contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Answer exchange(String user, String method, String path, String contentType,
                            HttpRequest.BodyPublisher body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, body)
                    .header("Accept", "application/json")
                    // every request a client of its own: the public endpoints' rate limits are not under test here
                    .header("X-Forwarded-For", "10.9." + (clients.incrementAndGet() / 250 % 250) + "."
                            + clients.get() % 250);
            if (contentType != null && !contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String text = type.startsWith("application/json") || type.startsWith("text")
                    ? new String(response.body(), StandardCharsets.UTF_8) : "";
            return new Answer(response.statusCode(), type, text, response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + shown(path), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final String BOUNDARY = "hostile-boundary-7d1f";
    private static final String MULTIPART_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    /** A multipart body of (part name, file name or null, content) triples. */
    private static byte[] multipart(Object... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i += 3) {
            String filename = (String) parts[i + 1];
            String disposition = "form-data; name=\"" + parts[i] + "\""
                    + (filename == null ? "" : "; filename=\"" + filename.replace("\"", "%22") + "\"");
            body.writeBytes(utf8("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
                    + (filename == null ? "application/json" : "application/octet-stream") + "\r\n\r\n"));
            body.writeBytes((byte[]) parts[i + 2]);
            body.writeBytes(utf8("\r\n"));
        }
        body.writeBytes(utf8("--" + BOUNDARY + "--\r\n"));
        return body.toByteArray();
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String shown(String text) {
        if (text == null) {
            return "null";
        }
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 120 ? flat.substring(0, 120) + "… (" + flat.length() + " chars)" : flat;
    }
}
