package vn.unioncare.security;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.unioncare.UnionCareSpringTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine REST API as Camunda Modeler and scripts use it: HTTP Basic, designers deploy, admins do everything. */
@UnionCareSpringTest
class EngineRestSecurityTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private ResponseEntity<String> deploy(TestRestTemplate client, String deploymentName, String fileName, byte[] content) {
        return deploy(client, deploymentName, Map.of(fileName, content));
    }

    /** A multipart deployment as Camunda Modeler sends it: one part per file. */
    private ResponseEntity<String> deploy(TestRestTemplate client, String deploymentName, Map<String, byte[]> files) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", deploymentName);
        body.add("deployment-source", "Camunda Modeler");
        body.add("deploy-changed-only", "true");
        files.forEach((fileName, content) -> body.add(fileName, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static byte[] processWithKey(String key) throws IOException {
        String xml = new String(new ClassPathResource("processes/foundation-roundtrip.bpmn").getContentAsByteArray(),
                StandardCharsets.UTF_8);
        return xml.replace("\"foundation-roundtrip\"", "\"" + key + "\"").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDesignerDeploysFromModelerAndTheDefinitionAppears() throws IOException {
        String key = "rest-deploy-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> response = deploy(rest.withBasicAuth("designer", "demo"), key, key + ".bpmn", processWithKey(key));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
        ResponseEntity<String> definition = rest.withBasicAuth("designer", "demo")
                .getForEntity("/engine-rest/process-definition/key/" + key, String.class);
        assertThat(definition.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(definition.getBody()).contains("\"key\":\"" + key + "\"");
    }

    @Test
    void aDesignerDeploysBpmnDmnAndFormTogetherAsModelerDoes() throws IOException {
        String key = "modeler-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> response = deploy(rest.withBasicAuth("designer", "demo"), key, Map.of(
                key + ".bpmn", processWithKey(key),
                "support-level.dmn", new ClassPathResource("modeler/support-level.dmn").getContentAsByteArray(),
                "modeler-request.form", new ClassPathResource("modeler/modeler-request.form").getContentAsByteArray()));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
                .getDeploymentId();
        assertThat(repository.getDeploymentResourceNames(deploymentId))
                .containsExactlyInAnyOrder(key + ".bpmn", "support-level.dmn", "modeler-request.form");
        assertThat(repository.createDecisionDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
                .isEqualTo("modeler-support-level");
    }

    @Test
    void aFormThatIsNotJsonIsRefusedAndNothingIsDeployed() throws IOException {
        long before = repository.createDeploymentQuery().count();
        ResponseEntity<String> response = deploy(rest.withBasicAuth("designer", "demo"), "broken-form", Map.of(
                "with-broken-form.bpmn", processWithKey("with-broken-form"),
                "broken.form", "{\"components\": [".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("broken.form").contains("line 1");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("with-broken-form").count()).isZero();
    }

    @Test
    void aFormWithAnUnsupportedComponentIsRefusedNamingTheComponentAndTheForm() throws IOException {
        long before = repository.createDeploymentQuery().count();
        ResponseEntity<String> response = deploy(rest.withBasicAuth("designer", "demo"), "with-frame", Map.of(
                "with-frame.form", "{\"id\": \"with-frame\", \"components\": [{\"type\": \"iframe\", \"url\": \"https://example.invalid\"}]}"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Biểu mẫu 'with-frame' dùng thành phần 'iframe' mà UnionCare chưa hỗ trợ")
                .contains("Form 'with-frame' uses the component 'iframe'");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void deployingWithoutCredentialsIsUnauthorised() throws IOException {
        ResponseEntity<String> response = deploy(rest, "anonymous", "anonymous.bpmn", processWithKey("anonymous-deploy"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("anonymous-deploy").count()).isZero();
    }

    @Test
    void aGrassrootsChairMayNotDeploy() throws IOException {
        ResponseEntity<String> response = deploy(rest.withBasicAuth("school.chair", "demo"), "chair", "chair.bpmn",
                processWithKey("chair-deploy"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("chair-deploy").count()).isZero();
    }

    @Test
    void aWrongPasswordIsUnauthorised() {
        assertThat(rest.withBasicAuth("designer", "wrong").getForEntity("/engine-rest/deployment", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aMalformedBpmnIsRefusedWithAClearMessageAndNothingIsDeployed() {
        long before = repository.createDeploymentQuery().count();
        byte[] broken = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id="
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> response = deploy(rest.withBasicAuth("designer", "demo"), "broken", "broken.bpmn", broken);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("broken.bpmn");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void designersMayReadDefinitionsButNotRunningWork() {
        TestRestTemplate designer = rest.withBasicAuth("designer", "demo");
        assertThat(designer.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(designer.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(designer.getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAdministratorMayUseTheWholeEngineApi() {
        TestRestTemplate admin = rest.withBasicAuth("admin", "demo");
        assertThat(admin.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getForEntity("/engine-rest/incident", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> users = admin.getForEntity("/engine-rest/user?maxResults=3", String.class);
        assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(users.getBody().split("\"id\"")).hasSize(4);
    }

    @Test
    void cockpitIsForAdministratorsOnlyAndAnonymousVisitorsAreSentToTheLogin() throws Exception {
        HttpResponse<String> anonymous = getWithoutRedirects("/camunda/app/cockpit/default/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(getWithoutRedirects("/camunda/api/engine/engine/").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> getWithoutRedirects(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsPublicAndUp() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
        assertThat(rest.getForEntity("/actuator/metrics", String.class).getStatusCode())
                .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND);
    }

    /** A request to the engine REST API: method and path below {@code /engine-rest}, and a JSON body for POST. */
    private record EngineCall(HttpMethod method, String path, String json) {

        static EngineCall get(String path) {
            return new EngineCall(HttpMethod.GET, path, null);
        }

        static EngineCall post(String path, String json) {
            return new EngineCall(HttpMethod.POST, path, json);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * Every engine REST resource that reads or changes running work, history, variables, identities or engine
     * settings, by GET and by the POST queries and commands, with the ids of a real case: none of it is for
     * designers or officers.
     */
    private List<EngineCall> callsOnRunningWorkAndPeople() {
        String instance = runtime.startProcessInstanceByKey("foundation-roundtrip",
                Map.of("unionCode", "CS-THCS-NGHIA-TAN", "note", "Số CCCD 001085012345")).getId();
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        List<EngineCall> calls = new ArrayList<>();
        for (String path : List.of("/task", "/task/count", "/task/" + task, "/task/" + task + "/variables",
                "/task/" + task + "/localVariables", "/task/" + task + "/form-variables", "/task/" + task + "/comment",
                "/task/" + task + "/identity-links", "/task/" + task + "/attachment", "/task/report/candidate-group-count",
                "/process-instance", "/process-instance/count", "/process-instance/" + instance,
                "/process-instance/" + instance + "/variables", "/process-instance/" + instance + "/variables/note",
                "/process-instance/" + instance + "/activity-instances", "/execution", "/execution/count",
                "/execution/" + instance + "/localVariables", "/variable-instance", "/variable-instance/count",
                "/history/process-instance", "/history/process-instance/" + instance, "/history/activity-instance",
                "/history/task", "/history/variable-instance", "/history/detail", "/history/incident",
                "/history/job-log", "/history/decision-instance", "/history/identity-link-log",
                "/history/user-operation", "/history/external-task-log", "/history/batch", "/history/case-instance",
                "/history/process-definition/cleanable-process-instance-report", "/incident", "/incident/count",
                "/job", "/job/count", "/job-definition", "/external-task", "/batch", "/event-subscription",
                "/case-definition", "/case-instance", "/case-execution", "/user", "/user/count",
                "/user/school.chair/profile", "/group", "/group/count", "/identity/groups?userId=school.chair",
                "/authorization", "/authorization/count", "/tenant", "/filter", "/filter/count", "/metrics",
                "/schema/log", "/telemetry/data")) {
            calls.add(EngineCall.get(path));
        }
        calls.add(EngineCall.post("/task", "{}"));
        calls.add(EngineCall.post("/process-instance", "{}"));
        calls.add(EngineCall.post("/variable-instance", "{}"));
        calls.add(EngineCall.post("/history/variable-instance", "{}"));
        calls.add(EngineCall.post("/history/process-instance", "{}"));
        calls.add(EngineCall.post("/history/task", "{}"));
        calls.add(EngineCall.post("/history/detail", "{}"));
        calls.add(EngineCall.post("/execution", "{}"));
        calls.add(EngineCall.post("/external-task/fetchAndLock", "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[]}"));
        calls.add(EngineCall.post("/process-definition/key/foundation-roundtrip/start", "{}"));
        calls.add(EngineCall.post("/task/" + task + "/complete", "{}"));
        calls.add(EngineCall.post("/task/" + task + "/claim", "{\"userId\":\"school.chair\"}"));
        calls.add(EngineCall.post("/message", "{\"messageName\":\"x\"}"));
        calls.add(EngineCall.post("/signal", "{\"name\":\"x\"}"));
        calls.add(EngineCall.post("/filter/create", "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}"));
        calls.add(EngineCall.post("/user/create", "{\"profile\":{\"id\":\"x\"},\"credentials\":{\"password\":\"x\"}}"));
        calls.add(EngineCall.post("/authorization/create", "{}"));
        return calls;
    }

    /** What Camunda Modeler needs: definitions and deployments, read-only. */
    private static List<EngineCall> callsOnDefinitions() {
        return List.of(EngineCall.get("/engine"), EngineCall.get("/version"), EngineCall.get("/deployment"),
                EngineCall.get("/deployment/count"), EngineCall.get("/process-definition"),
                EngineCall.get("/process-definition/count"), EngineCall.get("/process-definition/key/foundation-roundtrip/xml"),
                EngineCall.get("/decision-definition"), EngineCall.get("/decision-requirements-definition"));
    }

    private ResponseEntity<String> call(TestRestTemplate client, EngineCall call) {
        HttpHeaders headers = new HttpHeaders();
        if (call.json() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return client.exchange(URI.create(rest.getRootUri() + "/engine-rest" + call.path()), call.method(),
                new HttpEntity<>(call.json(), headers), String.class);
    }

    @Test
    void everyEnginePathAnswers401WithoutCredentials() {
        List<EngineCall> calls = new ArrayList<>(callsOnRunningWorkAndPeople());
        calls.addAll(callsOnDefinitions());
        calls.add(EngineCall.post("/deployment/create", "{}"));
        calls.add(EngineCall.get("/engine/default/task"));
        calls.add(EngineCall.get("/engine/default/history/variable-instance"));

        List<String> notRefused = calls.stream().filter(c -> call(rest, c).getStatusCode() != HttpStatus.UNAUTHORIZED)
                .map(EngineCall::toString).toList();

        System.out.printf("engine REST without credentials: %d paths, %d not answered 401%n", calls.size(),
                notRefused.size());
        assertThat(notRefused).isEmpty();
    }

    @Test
    void designersReadDefinitionsOnlyAndNoOtherAccountReadsOrDeploysAnything() throws IOException {
        List<EngineCall> personal = callsOnRunningWorkAndPeople();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        TestRestTemplate designer = rest.withBasicAuth("designer", "demo");
        for (EngineCall c : personal) {
            checked++;
            if (call(designer, c).getStatusCode() != HttpStatus.FORBIDDEN) {
                wrong.add("designer " + c);
            }
        }
        for (EngineCall c : callsOnDefinitions()) {
            checked++;
            if (call(designer, c).getStatusCode() != HttpStatus.OK) {
                wrong.add("designer refused " + c);
            }
        }
        // the officer with the widest roles (the city federation's welfare and finance officer): everything refused
        TestRestTemplate officer = rest.withBasicAuth("hlf.welfare", "demo");
        for (EngineCall c : concat(personal, callsOnDefinitions())) {
            checked++;
            if (call(officer, c).getStatusCode() != HttpStatus.FORBIDDEN) {
                wrong.add("hlf.welfare " + c);
            }
        }
        // every other demo account, officers and members: no deployment, no task list, no history of variables
        // (each request checks a password hash, so the other accounts get these three, not the whole list)
        List<String> deployers = new ArrayList<>();
        List<String> others = new ArrayList<>(new AccessRule(jdbc).officersAndAdmins());
        others.addAll(List.of("member", "hospital.member", "factory.member"));
        others.removeAll(List.of("admin", "hlf.welfare"));
        for (String account : others) {
            TestRestTemplate client = rest.withBasicAuth(account, "demo");
            String key = "not-deployed-" + UUID.randomUUID().toString().substring(0, 8);
            checked += 3;
            if (deploy(client, key, key + ".bpmn", processWithKey(key)).getStatusCode() != HttpStatus.FORBIDDEN) {
                deployers.add(account);
            }
            for (EngineCall c : List.of(EngineCall.get("/task"), EngineCall.get("/history/variable-instance"))) {
                if (call(client, c).getStatusCode() != HttpStatus.FORBIDDEN) {
                    wrong.add(account + " " + c);
                }
            }
        }

        System.out.printf("engine REST for designers and other accounts: %d requests, %d wrong answers%n", checked,
                wrong.size() + deployers.size());
        assertThat(wrong).isEmpty();
        assertThat(deployers).as("accounts that may deploy").isEmpty();
    }

    private static List<EngineCall> concat(List<EngineCall> first, List<EngineCall> second) {
        List<EngineCall> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void expressionsInTaskQueriesAndFiltersAreRefusedEvenForTheAdministrator() {
        TestRestTemplate admin = rest.withBasicAuth("admin", "demo");
        String expression = "${caseStage.getClass().getName()}";
        String encoded = URLEncoder.encode(expression, StandardCharsets.UTF_8);
        for (String parameter : List.of("assigneeExpression", "candidateUserExpression", "candidateGroupsExpression",
                "dueAfterExpression", "followUpBeforeExpression")) {
            ResponseEntity<String> answer = call(admin, EngineCall.get("/task?" + parameter + "=" + encoded));
            assertThat(answer.getStatusCode()).as(parameter).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(parameter).contains("Expressions are forbidden");
        }
        ResponseEntity<String> posted = call(admin, EngineCall.post("/task",
                "{\"assigneeExpression\":\"" + expression + "\"}"));
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        String name = "expression-filter-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> filter = call(admin, EngineCall.post("/filter/create", "{\"resourceType\":\"Task\","
                + "\"name\":\"" + name + "\",\"query\":{\"assigneeExpression\":\"" + expression + "\"}}"));
        assertThat(filter.getStatusCode().is2xxSuccessful()).as(filter.getBody()).isFalse();
        assertThat(filter.getBody()).contains("Expressions are forbidden");
        assertThat(filters.createFilterQuery().filterName(name).count()).isZero();
    }
}
