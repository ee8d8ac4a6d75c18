package vn.unioncare.casework.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.ProcessDiagrams;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.casework.diagram.ActivityStates;
import vn.unioncare.casework.diagram.BpmnSvgRenderer;
import vn.unioncare.casework.diagram.SchoolRequests;
import vn.unioncare.security.UserAccountService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class ProcessDiagramPanelTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    ProcessDiagrams diagrams;
    @Autowired
    TaskService tasks;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private StartedCase schoolMembersRequest() {
        return SchoolRequests.submitted(accounts, starter);
    }

    private ProcessDiagramPanel panelAs(String username, String caseNumber) {
        KaribuUi.open(context, accounts, username);
        ProcessDiagramPanel panel = new ProcessDiagramPanel(diagrams, caseNumber);
        UI.getCurrent().add(panel);
        return panel;
    }

    private static String currentStep() {
        return _get(Paragraph.class, spec -> spec.withId("process-diagram-current-step")).getText();
    }

    @Test
    void theMemberSeesTheDiagramWithTheReviewHighlightedAndNamedInWords() {
        StartedCase request = schoolMembersRequest();

        ProcessDiagramPanel panel = panelAs("member", request.caseNumber());

        assertThat(panel.isVisible()).isTrue();
        String svg = _get(panel, Html.class).getInnerHtml();
        assertThat(svg).contains("<svg", "Xem xét yêu cầu")
                .containsPattern("class=\"uc-bpmn-shape uc-bpmn-active\" data-element-id=\"Task_ReviewRequest\"");
        assertThat(currentStep()).isEqualTo("Bước hiện tại: Xem xét yêu cầu");
        Div scroller = _get(Div.class, spec -> spec.withId("process-diagram-svg"));
        assertThat(scroller.getStyle().get("overflow-x")).isEqualTo("auto");
        assertThat(scroller.getElement().getAttribute("aria-label")).isEqualTo("Sơ đồ quy trình");
    }

    @Test
    void aFinishedCaseSaysNoStepIsWaiting() {
        StartedCase request = schoolMembersRequest();
        SchoolRequests.reviewed(tasks, request);

        panelAs("school.chair", request.caseNumber());

        assertThat(currentStep()).isEqualTo("Hồ sơ không còn bước nào đang chờ xử lý");
    }

    @Test
    void namesWithMarkupStayTextWhenTheSvgIsInlinedIntoThePage() {
        var model = Bpmn.readModelFromStream(getClass().getResourceAsStream("/diagram/hostile-names.bpmn"));
        String svg = new BpmnSvgRenderer().render(model, ActivityStates.none()).orElseThrow();

        String inlined = new Html("<div>" + svg + "</div>").getInnerHtml();

        assertThat(inlined).contains("<svg", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script", "<b>", "onmouseover=\"alert");
    }

    @Test
    void anotherUnionsCaseShowsNothingAndNoError() {
        StartedCase request = schoolMembersRequest();

        ProcessDiagramPanel panel = panelAs("hospital.chair", request.caseNumber());

        assertThat(panel.isVisible()).isFalse();
        assertThat(panel.getChildren()).isEmpty();
        assertThat(_find(Html.class)).isEmpty();
    }
}
