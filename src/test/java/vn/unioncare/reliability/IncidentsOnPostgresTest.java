package vn.unioncare.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.unioncare.PostgresSpringTest;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.security.UserAccountService;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.Eventually.eventually;

/**
 * Issue 9 item 5, the second half: a process step whose outside service fails is tried again (the engine's three
 * retries), then becomes an incident; the administrator sees it (engine REST, as Cockpit shows it, and the
 * {@code unioncare.incidents.open} metric) and resolves it once the cause is repaired by giving the job a retry, and the
 * case goes on. Officers and members can neither see incidents nor retry jobs.
 */
@PostgresSpringTest
class IncidentsOnPostgresTest {

    private static final String PROCESS = "incident-probe";
    private static final String ADMIN = "admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseStarter starter;
    @Autowired
    UserAccountService accounts;

    @Test
    void aFailingStepBecomesAnIncidentAfterItsRetriesWhichTheAdministratorSeesAndResolves() throws Exception {
        deployProbe();
        String instance;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            instance = starter.start(PROCESS, Map.of()).processInstanceId();
        }

        JsonNode incidents = eventually(Duration.ofMinutes(2),
                () -> json(get(ADMIN, "/engine-rest/incident?processInstanceId=" + instance)), found -> found.size() == 1);
        JsonNode incident = incidents.get(0);
        assertThat(incident.path("incidentType").asText()).isEqualTo("failedJob");
        assertThat(incident.path("activityId").asText()).isEqualTo("Task_CallOutsideService");
        assertThat(incident.path("incidentMessage").asText()).contains(FailingUntilRepaired.FAILURE);
        String job = incident.path("configuration").asText();
        assertThat(json(get(ADMIN, "/engine-rest/job/" + job)).path("retries").asInt()).isZero();
        int attempts = FailingUntilRepaired.ATTEMPTS.get();
        assertThat(attempts).as("tried three times before the incident").isEqualTo(3);
        assertThat(get(ADMIN, "/actuator/metrics/unioncare.incidents.open").getBody())
                .containsPattern("\"value\":[1-9]");

        for (String other : new String[] {"school.chair", "hlf.welfare", "member", "designer"}) {
            assertThat(get(other, "/engine-rest/incident").getStatusCode().value()).as(other).isEqualTo(403);
            assertThat(setRetries(other, job).getStatusCode().value()).as(other).isEqualTo(403);
        }
        assertThat(rest.getForEntity("/engine-rest/incident", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(FailingUntilRepaired.ATTEMPTS.get()).as("no retry by those refused").isEqualTo(attempts);

        FailingUntilRepaired.REPAIRED.set(true);
        assertThat(setRetries(ADMIN, job).getStatusCode().value()).isEqualTo(204);

        eventually(Duration.ofMinutes(2), () -> tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_AfterRepair").count(), n -> n == 1);
        assertThat(json(get(ADMIN, "/engine-rest/incident?processInstanceId=" + instance))).isEmpty();
        assertThat(runtime.getVariable(instance, "repairedStepRan")).isEqualTo(true);
        System.out.printf("INCIDENTS: a failing step tried %d times, then 1 incident seen by the administrator "
                        + "(engine REST, metric); 4 other accounts refused (403), anonymous 401; repaired, 1 retry "
                        + "set, the case went on to its next task%n", attempts);
    }

    private void deployProbe() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Incident probe")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .serviceTask("Task_CallOutsideService").camundaAsyncBefore()
                .camundaClass(FailingUntilRepaired.class.getName())
                .userTask("Task_AfterRepair").camundaCandidateGroups("${unionCode}:chair")
                .endEvent()
                .done();
        repository.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", model).deploy();
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> setRetries(String user, String job) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/job/" + job + "/retries", HttpMethod.PUT,
                new HttpEntity<>("{\"retries\": 1}", headers), String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        try {
            return JSON.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
