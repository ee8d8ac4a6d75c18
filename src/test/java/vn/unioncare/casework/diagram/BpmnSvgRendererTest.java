package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BpmnSvgRendererTest {

    private final BpmnSvgRenderer renderer = new BpmnSvgRenderer();

    private static BpmnModelInstance model(String resource) {
        try (InputStream in = BpmnSvgRendererTest.class.getResourceAsStream(resource)) {
            return Bpmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    private SvgDocument render(String resource, ActivityStates states) {
        String svg = renderer.render(model(resource), states).orElseThrow();
        return SvgDocument.parse(svg);
    }

    private static ActivityStates states(Set<String> active, Set<String> completed) {
        return new ActivityStates(active, completed, Set.of());
    }

    private static String cssClass(SvgDocument svg, String id) {
        return svg.element(id).getAttribute("class");
    }

    @Test
    void theRoundTripProcessBecomesAValidSvgWithEveryNameAndAViewBoxAroundTheDiagram() {
        SvgDocument svg = render("/processes/foundation-roundtrip.bpmn", ActivityStates.none());

        assertThat(svg.root().getTagName()).isEqualTo("svg");
        assertThat(svg.root().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        // The shapes span x 152..428 and y 80..160; 30 of padding on every side.
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("122 50 336 140");
        assertThat(svg.root().getAttribute("width")).isEqualTo("336");
        assertThat(svg.text("Task_ReviewRequest")).isEqualTo("Xem xét yêu cầu");
        assertThat(svg.text("StartEvent_RequestReceived")).isEqualTo("Yêu cầu đã nhận");
        assertThat(svg.text("EndEvent_RequestReviewed")).isEqualTo("Đã xem xét");
        assertThat(svg.drawnIds()).containsExactlyInAnyOrder("StartEvent_RequestReceived", "Task_ReviewRequest",
                "EndEvent_RequestReviewed", "Flow_ToReview", "Flow_ToEnd");
    }

    @Test
    void theActiveTaskCarriesTheActiveHighlightAndTheStartEventTheCompletedOne() {
        SvgDocument svg = render("/processes/foundation-roundtrip.bpmn",
                states(Set.of("Task_ReviewRequest"), Set.of("StartEvent_RequestReceived")));

        assertThat(cssClass(svg, "Task_ReviewRequest")).contains("uc-bpmn-active");
        Element border = SvgDocument.children(svg.element("Task_ReviewRequest"), "rect").get(0);
        assertThat(border.getAttribute("stroke")).isEqualTo("#006af5");
        assertThat(Double.parseDouble(border.getAttribute("stroke-width"))).isGreaterThanOrEqualTo(4);
        assertThat(cssClass(svg, "StartEvent_RequestReceived")).contains("uc-bpmn-completed")
                .doesNotContain("uc-bpmn-active");
        assertThat(cssClass(svg, "EndEvent_RequestReviewed")).isEqualTo("uc-bpmn-shape");
    }

    @Test
    void aFinishedCaseOfTheFormShowcaseShowsEveryStepCompletedAndNoneActive() {
        SvgDocument svg = render("/processes/form-showcase.bpmn", states(Set.of(),
                Set.of("StartEvent_RequestReceived", "Task_ReviewRequest", "EndEvent_RequestReviewed")));

        for (String step : List.of("StartEvent_RequestReceived", "Task_ReviewRequest", "EndEvent_RequestReviewed")) {
            assertThat(cssClass(svg, step)).as(step).contains("uc-bpmn-completed");
        }
        assertThat(svg.all("//g[contains(@class, 'uc-bpmn-active')]")).isEmpty();
        assertThat(svg.text("Task_ReviewRequest")).isEqualTo("Xem xét yêu cầu");
    }

    @Test
    void anIncidentOutranksTheActiveState() {
        SvgDocument svg = render("/processes/foundation-roundtrip.bpmn", new ActivityStates(
                Set.of("Task_ReviewRequest"), Set.of(), Set.of("Task_ReviewRequest")));

        assertThat(cssClass(svg, "Task_ReviewRequest")).contains("uc-bpmn-incident").doesNotContain("uc-bpmn-active");
    }

    @Test
    void namesWithMarkupAreTextNotMarkup() {
        String svg = renderer.render(model("/diagram/hostile-names.bpmn"),
                states(Set.of("Task_Hostile"), Set.of())).orElseThrow();
        SvgDocument document = SvgDocument.parse(svg);

        assertThat(svg).doesNotContain("<script", "<b>", "</title><script");
        assertThat(document.all("//script | //b")).isEmpty();
        assertThat(SvgDocument.children(document.element("Task_Hostile"), "title").get(0).getTextContent())
                .isEqualTo("<script>alert(1)</script> & \"Hỗ trợ\"");
        assertThat(document.text("StartEvent_Hostile")).isEqualTo("Đơn của 'An' <b>in đậm</b>");
        assertThat(SvgDocument.children(document.root(), "title").get(0).getTextContent())
                .isEqualTo("</title><script>alert(2)</script>");
        assertThat(document.all("//*[@onmouseover]")).isEmpty();
        assertThat(document.text("Flow_Hostile").replace(" ", "")).isEqualTo("\"onmouseover=\"alert(3)");
    }

    @Test
    void aShapeForAnElementThatIsNotInTheModelIsSkipped() {
        SvgDocument svg = render("/diagram/hostile-names.bpmn", ActivityStates.none());

        assertThat(svg.drawnIds()).containsExactlyInAnyOrder("StartEvent_Hostile", "Task_Hostile", "Flow_Hostile");
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("122 50 248 140");
    }

    @Test
    void aModelWithoutADiagramHasNoSvg() {
        assertThat(renderer.render(model("/diagram/without-diagram.bpmn"), ActivityStates.none())).isEmpty();
    }
}
