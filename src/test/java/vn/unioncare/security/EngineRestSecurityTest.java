package vn.unioncare.security;

import org.camunda.bpm.engine.RepositoryService;
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
}
