package vn.unioncare.tasks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.forms.FormComponent;
import vn.unioncare.forms.RenderedForm;
import vn.unioncare.security.UserAccountService;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task keeps the form version deployed with its process (formRef binding "deployment"); a redeployed form is used
 * by new instances only. Tasks are worked through the rendered form, by their union only.
 */
@UnionCareSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskFormsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskForms taskForms;

    private String firstVersionTask;
    private String secondVersionTask;

    private static BpmnModelInstance reviewProcess() {
        return Bpmn.createExecutableProcess("versioned-review").name("Xem xét có biểu mẫu")
                .camundaHistoryTimeToLive(180)
                .startEvent()
                .userTask("Task_Review").name("Cho ý kiến").camundaCandidateGroups("${unionCode}:chair")
                .camundaFormRef("versioned-review-form").camundaFormRefBinding("deployment")
                .endEvent().done();
    }

    private static byte[] form(String label) {
        return ("{\"id\": \"versioned-review-form\", \"components\": [{\"id\": \"Field_Opinion\", \"key\": \"opinion\","
                + " \"type\": \"textfield\", \"label\": \"" + label + "\", \"validate\": {\"required\": true}}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String deployAndStart(String label) {
        repository.createDeployment().name("versioned-review " + label)
                .addModelInstance("versioned-review.bpmn", reviewProcess())
                .addInputStream("versioned-review.form", new java.io.ByteArrayInputStream(form(label)))
                .deploy();
        String instance = runtime.startProcessInstanceByKey("versioned-review",
                Map.of("unionCode", "CS-THCS-NGHIA-TAN")).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @BeforeAll
    void twoVersions() {
        firstVersionTask = deployAndStart("Ý kiến (bản 1)");
        secondVersionTask = deployAndStart("Ý kiến (bản 2)");
    }

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    @Test
    void aRunningTaskKeepsItsFormVersionAndNewInstancesGetTheNewOne() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(taskForms.open(firstVersionTask).orElseThrow().form().components())
                    .extracting(FormComponent::label).containsExactly("Ý kiến (bản 1)");
            assertThat(taskForms.open(secondVersionTask).orElseThrow().form().components())
                    .extracting(FormComponent::label).containsExactly("Ý kiến (bản 2)");
        }
    }

    @Test
    void theChairCompletesTheTaskThroughTheRenderedFormAfterFixingWhatIsMissing() {
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("tasks/" + secondVersionTask);
        TextField opinion = _get(TextField.class, spec -> spec.withId(RenderedForm.fieldId("opinion")));
        assertThat(opinion.getLabel()).isEqualTo("Ý kiến (bản 2)");

        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(opinion.getErrorMessage()).isEqualTo("Trường này bắt buộc");
        assertThat(tasks.createTaskQuery().taskId(secondVersionTask).count()).isEqualTo(1);

        _setValue(opinion, "Đồng ý hỗ trợ");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(_get(H2.class, spec -> spec.withId("task-completed")).getText()).isEqualTo("Đã hoàn thành: Cho ý kiến");
        assertThat(tasks.createTaskQuery().taskId(secondVersionTask).count()).isZero();
    }

    @Test
    void anOfficerOfAnotherUnionOpeningTheTaskByUrlSeesNotFound() {
        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("tasks/" + firstVersionTask);
        assertThat(_get(H2.class, spec -> spec.withId("task-not-found")).getText())
                .isEqualTo("Không tìm thấy hoặc bạn không có quyền truy cập");
    }
}
