package vn.unioncare;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import javax.script.ScriptEngineManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Base64;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class EngineConfigurationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    @Test
    void processesAndFormsOnTheClasspathAreDeployedTogetherAtStartUp() {
        List<String> resources = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName).toList();
        assertThat(resources).anyMatch(name -> name.endsWith("foundation-roundtrip.bpmn"));
        assertThat(resources).anyMatch(name -> name.endsWith("foundation-roundtrip.form"));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("foundation-roundtrip").count())
                .isEqualTo(1);
    }

    @Test
    void everyBpmnFileSetsAHistoryTimeToLive() throws IOException {
        var files = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn");
        assertThat(files).isNotEmpty();
        for (var file : files) {
            try (InputStream in = file.getInputStream()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(xml).as(file.getFilename()).contains("camunda:historyTimeToLive=");
            }
        }
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isEnforceHistoryTimeToLive())
                .isTrue();
    }

    @Test
    void noGeneralPurposeScriptEngineIsOnTheClasspath() {
        // Camunda's own expression languages (FEEL, JUEL) register as script engines; nothing that runs code may.
        assertThat(new ScriptEngineManager().getEngineFactories())
                .extracting(factory -> factory.getEngineName().toLowerCase())
                .allMatch(language -> language.contains("feel") || language.contains("juel"));
    }

    @Test
    void javaSerialisedVariablesAreRefused() throws IOException {
        String instance = runtime.startProcessInstanceByKey("foundation-roundtrip", Map.of("unionCode", "CS-THCS-NGHIA-TAN"))
                .getId();
        try {
            String serialised = Base64.getEncoder().encodeToString(javaSerialised(new SerializablePayload("x")));
            assertThatThrownBy(() -> runtime.setVariable(instance, "payload", Variables
                    .serializedObjectValue(serialised)
                    .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                    .objectTypeName(SerializablePayload.class.getName()).create()))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Java serialization");
            assertThat(runtime.getVariable(instance, "payload")).isNull();
        } finally {
            runtime.deleteProcessInstance(instance, "test");
        }
    }

    private static byte[] javaSerialised(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    record SerializablePayload(String value) implements Serializable {
    }
}
