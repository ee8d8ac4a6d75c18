package vn.unioncare.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.unioncare.DemoUnits;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseSummary;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.documents.DocumentStore;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.safety.domain.SafetyReport;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public JSON API of the anonymous safety channel, over HTTP as a phone app or a script would use it: a report
 * without an account gets a tracking code and reaches the workplace's union; the client's address and browser are
 * nowhere afterwards; bad input is refused with nothing saved; guessing codes gets one answer and is rate-limited.
 * Each test is a client of its own (its own X-Forwarded-For, as behind the load balancer).
 */
@UnionCareSpringTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymousSafetyReportApiTest {

    private static final String REPORTS = "/api/v1/safety-reports";
    private static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseRecords records;
    @Autowired
    SafetyCasework casework;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    DocumentStore documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private final String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
    private final String browser = "Mozilla/5.0 (UnionCare trace probe " + UUID.randomUUID() + ")";

    @Test
    void anAnonymousHazardReportGetsATrackingCodeAndReachesTheWorkplacesUnion() throws IOException {
        ResponseEntity<String> response = post(REPORTS, report("hazard"), MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        JsonNode receipt = json.readTree(response.getBody());
        String code = receipt.path("trackingCode").asText();
        assertThat(code).matches(CODE);
        String caseNumber = receipt.path("caseNumber").asText();
        SafetyReport report = casework.find(caseNumber).orElseThrow();
        assertThat(report.isAnonymous()).isTrue();
        assertThat(report.getReportedBy()).isNull();
        CaseSummary file = records.findByProcessInstance(report.getProcessInstanceId()).orElseThrow();
        assertThat(file.startedBy()).isNull();
        assertThat(file.memberId()).isNull();
        await().atMost(HardshipSteps.PATIENCE).until(() -> tasks.createTaskQuery()
                .processInstanceId(file.processInstanceId()).taskDefinitionKey("Task_AssessHazard").count() == 1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(file.processInstanceId())
                .singleResult().getStartUserId()).isNull();

        ResponseEntity<String> status = get(REPORTS + "/" + code);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(status.getBody()).path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(json.readTree(status.getBody()).path("stage").asText()).isEqualTo("hazardAssessment");
    }

    @Test
    void anAnonymousReportLeavesNoTraceOfTheClientsAddressOrBrowserAnywhere(CapturedOutput log) throws IOException {
        String marker = "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        HttpHeaders headers = clientHeaders(marker);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = rest.exchange(REPORTS, HttpMethod.POST,
                new HttpEntity<>(multipart(report("accident"), PhotoSanitiserTest.withExif(
                        PhotoSanitiserTest.picture("jpg", 64, 48))), headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = json.readTree(response.getBody());
        String code = receipt.path("trackingCode").asText();
        String caseNumber = receipt.path("caseNumber").asText();
        String instance = casework.find(caseNumber).orElseThrow().getProcessInstanceId();
        await().atMost(HardshipSteps.PATIENCE).until(() -> tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_NominateInvestigator").count() == 1);
        rest.exchange(REPORTS + "/" + code, HttpMethod.GET, new HttpEntity<>(clientHeaders(marker)), String.class);

        List<StoredDocument> photos = documents.list(CaseAttachments.ownerKey(caseNumber));
        assertThat(photos).hasSize(1);
        try (InputStream photo = documents.open(photos.get(0))) {
            assertThat(PhotoSanitiserTest.contains(photo.readAllBytes(), PhotoSanitiserTest.CAMERA)).isFalse();
        }
        assertThat(TraceSearch.in(dataSource).everywhere(log, marker, browser, code)).isEmpty();
    }

    @Test
    void reportsWithNegativeCountsAFutureDateOrAnUnknownUnionAreRefusedPerFieldAndNothingIsSaved() throws IOException {
        long before = reportsSaved();
        Map<String, Object> negative = report("accident");
        negative.put("seriouslyInjured", -2);
        Map<String, Object> future = report("hazard");
        future.put("occurredAt", LocalDateTime.now(HANOI).plusDays(2).withSecond(0).withNano(0).toString());
        Map<String, Object> nowhere = report("hazard");
        nowhere.put("workplaceUnion", "CS-KHONG-CO-THAT");

        assertFieldError(post(REPORTS, negative, MediaType.APPLICATION_JSON), "seriouslyInjured");
        assertFieldError(post(REPORTS, future, MediaType.APPLICATION_JSON), "occurredAt");
        assertFieldError(post(REPORTS, nowhere, MediaType.APPLICATION_JSON), "workplaceUnion");
        assertThat(reportsSaved()).isEqualTo(before);
    }

    @Test
    void aFiftyMegabytePhotoAndAnExecutableCalledJpgAreRefusedAndNothingIsSaved() throws IOException {
        long before = reportsSaved();
        byte[] huge = new byte[50 * 1024 * 1024];
        System.arraycopy(PhotoSanitiserTest.picture("jpg", 8, 8), 0, huge, 0, 100);
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';

        ResponseEntity<String> tooLarge = postMultipart(report("hazard"), huge);
        ResponseEntity<String> notAPhoto = postMultipart(report("hazard"), executable);

        assertThat(tooLarge.getStatusCode()).as(tooLarge.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(notAPhoto.getStatusCode()).as(notAPhoto.getBody()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(notAPhoto.getBody()).contains("không phải là ảnh");
        assertThat(reportsSaved()).isEqualTo(before);
    }

    @Test
    void aReportPartThatIsNotJsonIsRefusedClearly() {
        HttpHeaders headers = clientHeaders(client);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("report", "{\"workplaceUnion\": ");

        ResponseEntity<String> response = rest.exchange(REPORTS, HttpMethod.POST, new HttpEntity<>(parts, headers),
                String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).contains("_body");
    }

    @Test
    void wrongTrackingCodesAllGetTheSameAnswerAndGuessingIsRateLimited() {
        List<String> guesses = List.of("7K2M-9QXR-AAAA-BBBB-CCCC-DDDD-EEEE", "not-a-code", "' or 1=1", "0".repeat(99));
        List<ResponseEntity<String>> answers = guesses.stream().map(g -> get(REPORTS + "/" + g)).toList();
        assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(answers).extracting(ResponseEntity::getBody).containsOnly(answers.get(0).getBody());

        ResponseEntity<String> last = answers.get(0);
        for (int i = guesses.size(); i <= 30 && last.getStatusCode() != HttpStatus.TOO_MANY_REQUESTS; i++) {
            last = get(REPORTS + "/GUESS-" + i);
        }
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(last.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
    }

    @Test
    void aSixthReportFromOneClientWithinTenMinutesIsRefusedUntilLater() {
        for (int i = 0; i < 5; i++) {
            assertThat(post(REPORTS, Map.of(), MediaType.APPLICATION_JSON).getStatusCode())
                    .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        ResponseEntity<String> sixth = post(REPORTS, report("hazard"), MediaType.APPLICATION_JSON);

        assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(sixth.getBody()).contains("thử lại sau");
    }

    private Map<String, Object> report(String type) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("workplaceUnion", DemoUnits.SCHOOL);
        report.put("employerName", "Trường THCS Nghĩa Tân");
        report.put("place", "Phòng thí nghiệm hóa học, tầng 3");
        report.put("occurredAt", LocalDateTime.now(HANOI).minusHours(3).withSecond(0).withNano(0).toString());
        report.put("reportType", type);
        if ("accident".equals(type)) {
            report.put("deaths", 0);
            report.put("seriouslyInjured", 1);
            report.put("lightlyInjured", 2);
            report.put("contractType", "labour-contract");
        }
        report.put("description", "Ống dẫn khí bị rò, có mùi lạ; đã báo tổ trưởng nhưng chưa được sửa");
        return report;
    }

    private HttpHeaders clientHeaders(String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", address);
        headers.set(HttpHeaders.USER_AGENT, browser);
        return headers;
    }

    private ResponseEntity<String> post(String path, Object body, MediaType type) {
        HttpHeaders headers = clientHeaders(client);
        headers.setContentType(type);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> postMultipart(Map<String, Object> report, byte[] photo) throws IOException {
        HttpHeaders headers = clientHeaders(client);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange(REPORTS, HttpMethod.POST, new HttpEntity<>(multipart(report, photo), headers),
                String.class);
    }

    private MultiValueMap<String, Object> multipart(Map<String, Object> report, byte[] photo) throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("report", new HttpEntity<>(json.writeValueAsString(report), jsonPart));
        parts.add("photos", new ByteArrayResource(photo) {
            @Override
            public String getFilename() {
                return "IMG_0001.jpg";
            }
        });
        return parts;
    }

    private ResponseEntity<String> get(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(clientHeaders(client)), String.class);
    }

    private void assertFieldError(ResponseEntity<String> response, String field) throws IOException {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(response.getBody()).path(field).asText()).as(response.getBody()).isNotBlank();
    }

    private long reportsSaved() {
        return jdbc.queryForObject("select count(*) from case_file where process_key = 'safety-incident'", Long.class);
    }
}
