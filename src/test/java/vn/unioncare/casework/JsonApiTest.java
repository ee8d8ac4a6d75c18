package vn.unioncare.casework;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.unioncare.UnionCareSpringTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API for other clients: the same validation and case file as the portal, bad input never a 500. */
@UnionCareSpringTest
class JsonApiTest {

    private static final String START = "/api/v1/processes/foundation-roundtrip/start";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseRecords records;

    private ResponseEntity<String> post(String user, String path, String json, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    private long instances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("foundation-roundtrip").count();
    }

    @Test
    void aMemberStartsACaseAndGetsTheCaseNumber() {
        ResponseEntity<String> response = post("member", START, "{\"note\": \"Con ốm nằm viện 5 ngày\"}", null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsPattern("\"caseNumber\":\"UC-\\d{4}-\\d{6}\"");
        String instanceId = response.getBody().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
        CaseSummary file = records.findByProcessInstance(instanceId).orElseThrow();
        assertThat(response.getBody()).contains(file.caseNumber());
        assertThat(file.startedBy()).isEqualTo("member");
        assertThat(file.memberId()).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey())
                .isEqualTo(file.caseNumber());
        assertThat(runtime.getVariable(instanceId, "note")).isEqualTo("Con ốm nằm viện 5 ngày");
    }

    @Test
    void anInvalidSubmissionGets422WithAMessagePerFieldAndStartsNothing() {
        long before = instances();

        ResponseEntity<String> vietnamese = post("member", START, "{\"note\": \"\", \"isAdmin\": true}", null);
        assertThat(vietnamese.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(vietnamese.getBody()).contains("\"note\":\"Trường này bắt buộc\"")
                .contains("\"isAdmin\":\"Biểu mẫu không có trường này\"");

        ResponseEntity<String> english = post("member", START, "{}", "en");
        assertThat(english.getBody()).isEqualTo("{\"note\":\"This field is required\"}");
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    void hostileBodiesGet422NeverA500() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        for (String body : new String[]{"not json", "[1,2,3]", "\"just a string\"", "{\"note\": ", deep,
                "{\"note\": {\"$ne\": null}}", "{\"note\": \"" + "x".repeat(100_000) + "\"}",
                "{\"note\": \"<script>alert(1)</script>\\u0000\"}", "null"}) {
            ResponseEntity<String> response = post("member", START, body, null);
            assertThat(response.getStatusCode()).as(body.length() > 60 ? body.substring(0, 60) : body)
                    .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Test
    void randomAndHostileSubmissionsAreAcceptedOrRefusedWith422NeverA500() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var bodies = net.jqwik.api.Arbitraries.maps(net.jqwik.api.Arbitraries.of("note", "amount", "", "x".repeat(300)),
                vn.unioncare.HostileValues.any()).ofMaxSize(4);
        for (Map<String, Object> body : bodies.sampleStream().limit(60).toList()) {
            String payload = json.writeValueAsString(body);
            HttpStatus status = HttpStatus.valueOf(post("member", START, payload, null).getStatusCode().value());
            assertThat(status).as(payload.length() > 80 ? payload.substring(0, 80) : payload)
                    .isIn(HttpStatus.CREATED, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Test
    void startingNeedsAnAccountThatMayOpenCasesAndAKnownProcess() {
        assertThat(post(null, START, "{\"note\": \"x\"}", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("designer", START, "{\"note\": \"x\"}", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> unknown = post("member", "/api/v1/processes/no-such-process/start", "{}", null);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("Không có quy trình này");
    }

    @Test
    void aTaskIsCompletedByItsUnionsChairAndNotFoundForAnotherUnion() {
        String instanceId = runtime.startProcessInstanceByKey("foundation-roundtrip",
                Map.of("unionCode", "CS-THCS-NGHIA-TAN")).getId();
        String taskId = tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        String complete = "/api/v1/tasks/" + taskId + "/complete";

        assertThat(post("hospital.chair", complete, "{}", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("school.chair", complete, "{\"approved\": true}", null).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(post("school.chair", complete, "{}", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(records.findByProcessInstance(instanceId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void formsAreServedAsDeployedAndTheApiIsDocumented() {
        ResponseEntity<String> form = rest.withBasicAuth("member", "demo")
                .getForEntity("/api/v1/forms/foundation-roundtrip", String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("\"key\":\"note\"").contains("Ghi chú");
        assertThat(rest.withBasicAuth("member", "demo").getForEntity("/api/v1/forms/nothing-like-it", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> docs = rest.getForEntity("/api/docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/v1/processes/{processKey}/start")
                .contains("/api/v1/tasks/{taskId}/complete").contains("/api/v1/forms/{formId}");
    }
}
