package vn.unioncare.casework.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.UnionCareSpringTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The element templates that designers pick in Camunda Modeler: each names a Spring bean that exists, and every
 * service task of the shipped processes is made from one, with the template's inputs filled in.
 */
@UnionCareSpringTest
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of("processes/.camunda/element-templates/unioncare.json");

    @Autowired
    ApplicationContext context;

    @Test
    void everyTemplateIsCompleteAndNamesABeanOfTheRunningApplication() throws IOException {
        JsonNode templates = new ObjectMapper().readTree(TEMPLATES.toFile());

        assertThat(templates.size()).isGreaterThanOrEqualTo(5);
        for (JsonNode template : templates) {
            assertThat(template.path("$schema").asText()).contains("element-templates-json-schema");
            assertThat(template.path("id").asText()).startsWith("vn.unioncare.");
            assertThat(template.path("name").asText()).isNotBlank();
            assertThat(template.path("version").asInt()).isPositive();
            assertThat(template.path("appliesTo").toString()).contains("bpmn:ServiceTask");
            assertThat(context.containsBean(beanOf(template))).as(template.path("id").asText()).isTrue();
        }
    }

    @Test
    void everyServiceTaskOfTheShippedProcessesComesFromATemplateWithItsInputsSet() throws IOException {
        Map<String, JsonNode> templates = new HashMap<>();
        new ObjectMapper().readTree(TEMPLATES.toFile()).forEach(t -> templates.put(t.path("id").asText(), t));

        for (Path bpmn : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String where = bpmn.getFileName() + "#" + task.getId();
                JsonNode template = templates.get(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
                        "modelerTemplate"));
                assertThat(template).as(where).isNotNull();
                assertThat(task.getCamundaDelegateExpression()).as(where).isEqualTo("${" + beanOf(template) + "}");
                List<String> inputs = model.getModelElementsByType(CamundaInputParameter.class).stream()
                        .filter(p -> task.equals(p.getParentElement().getParentElement().getParentElement()))
                        .map(CamundaInputParameter::getCamundaName).toList();
                for (JsonNode property : template.path("properties")) {
                    if ("camunda:inputParameter".equals(property.path("binding").path("type").asText())) {
                        assertThat(inputs).as(where).contains(property.path("binding").path("name").asText());
                    }
                }
            }
        }
    }

    private static String beanOf(JsonNode template) {
        for (JsonNode property : template.path("properties")) {
            if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
                return property.path("value").asText().replaceAll("^\\$\\{(.*)}$", "$1");
            }
        }
        throw new AssertionError("no delegate expression in " + template.path("id"));
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).toList();
        }
    }
}
