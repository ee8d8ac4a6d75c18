package vn.unioncare.casework;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.unioncare.UnionCareSpringTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that got no answer repeats its case start with the same {@code Idempotency-Key}: it gets the case the
 * first request opened (200), never a second case; keys belong to the account that sent them.
 */
@UnionCareSpringTest
class IdempotentCaseStartApiTest {

    private static final String START = "/api/v1/processes/foundation-roundtrip/start";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;

    private ResponseEntity<String> start(String user, String key, String note) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return rest.withBasicAuth(user, "demo").exchange(START, HttpMethod.POST,
                new HttpEntity<>("{\"note\": \"" + note + "\"}", headers), String.class);
    }

    private long instances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("foundation-roundtrip").count();
    }

    private static String caseNumber(ResponseEntity<String> response) {
        return response.getBody().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aRepeatedKeyGetsTheCaseTheFirstRequestOpenedAndStartsNothing() {
        String key = UUID.randomUUID().toString();
        long before = instances();

        ResponseEntity<String> first = start("member", key, "Lần đầu");
        ResponseEntity<String> repeat = start("member", key, "Lần đầu");

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(repeat.getStatusCode().value()).as(repeat.getBody()).isEqualTo(200);
        assertThat(caseNumber(repeat)).isEqualTo(caseNumber(first)).matches("UC-\\d{4}-\\d{6}");
        assertThat(instances()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyFromAnotherAccountOpensItsOwnCase() {
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> member = start("member", key, "Của hội viên");
        ResponseEntity<String> other = start("hospital.member", key, "Của hội viên khác");

        assertThat(other.getStatusCode().value()).as(other.getBody()).isEqualTo(201);
        assertThat(caseNumber(other)).isNotEqualTo(caseNumber(member));
    }

    @Test
    void anUnusableKeyIsRefusedAndStartsNothing() {
        long before = instances();

        ResponseEntity<String> blank = start("member", " ", "x");
        ResponseEntity<String> tooLong = start("member", "k".repeat(201), "x");

        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody()).contains("Idempotency-Key");
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    void anInvalidSubmissionWithAKeyIsRefusedAndTheKeyStaysFreeForTheCorrectedOne() {
        String key = UUID.randomUUID().toString();

        assertThat(start("member", key, "").getStatusCode().value()).isEqualTo(422);
        assertThat(start("member", key, "Đã sửa").getStatusCode().value()).isEqualTo(201);
    }
}
