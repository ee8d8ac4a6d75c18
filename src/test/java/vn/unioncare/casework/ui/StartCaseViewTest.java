package vn.unioncare.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.forms.RenderedForm;
import vn.unioncare.security.UserAccountService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class StartCaseViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private long instances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("foundation-roundtrip").count();
    }

    @Test
    void aMemberSubmitsTheStartFormAndSeesTheCaseNumber() {
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("start/foundation-roundtrip");

        _setValue(_get(TextField.class, spec -> spec.withId(RenderedForm.fieldId("note"))), "Đề nghị thăm hỏi ốm đau");
        _click(_get(Button.class, spec -> spec.withId("submit-request")));

        assertThat(_get(H2.class, spec -> spec.withId("request-accepted")).getText())
                .matches("Đã nhận yêu cầu\\. Số hồ sơ của bạn: UC-\\d{4}-\\d{6}");
    }

    @Test
    void theSameInvalidSubmissionIsRefusedIdenticallyByTheFormAndTheApi() {
        long before = instances();
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("start/foundation-roundtrip");

        _click(_get(Button.class, spec -> spec.withId("submit-request")));

        TextField note = _get(TextField.class, spec -> spec.withId(RenderedForm.fieldId("note")));
        assertThat(note.isInvalid()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String api = rest.withBasicAuth("member", "demo").exchange("/api/v1/processes/foundation-roundtrip/start",
                HttpMethod.POST, new HttpEntity<>("{\"note\": \"\"}", headers), String.class).getBody();
        assertThat(api).isEqualTo("{\"note\":\"" + note.getErrorMessage() + "\"}");
        assertThat(note.getErrorMessage()).isEqualTo("Trường này bắt buộc");
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    void theChoiceListOffersTheDeployedProcesses() {
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("start");
        assertThat(_get(Button.class, spec -> spec.withId("start-foundation-roundtrip")).getText())
                .isEqualTo("Kiểm tra nền tảng");
    }
}
