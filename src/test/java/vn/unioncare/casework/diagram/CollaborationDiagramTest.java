package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-drawn collaboration in src/test/resources/diagram: pools, lanes, message flow, boundary timer, ... */
class CollaborationDiagramTest {

    private static SvgDocument render(ActivityStates states) {
        var model = Bpmn.readModelFromStream(CollaborationDiagramTest.class
                .getResourceAsStream("/diagram/collaboration.bpmn"));
        return SvgDocument.parse(new BpmnSvgRenderer().render(model, states).orElseThrow());
    }

    private static List<Element> children(SvgDocument svg, String id, String tag) {
        return SvgDocument.children(svg.element(id), tag);
    }

    @Test
    void bothPoolsAndTheLanesAreDrawnFirstWithTurnedNamesExceptTheCollapsedPool() {
        SvgDocument svg = render(ActivityStates.none());

        assertThat(svg.drawnIds()).startsWith("Participant_Union", "Participant_Bank", "Lane_Chair", "Lane_Finance");
        assertThat(children(svg, "Participant_Union", "text").get(0).getAttribute("transform"))
                .isEqualTo("rotate(-90 135 240)");
        assertThat(children(svg, "Lane_Finance", "text").get(0).getAttribute("transform"))
                .isEqualTo("rotate(-90 165 330)");
        assertThat(children(svg, "Participant_Bank", "text").get(0).getAttribute("transform")).isEmpty();
        assertThat(svg.text("Participant_Bank")).isEqualTo("Ngân hàng");
        assertThat(svg.text("Lane_Chair")).isEqualTo("Chủ tịch");
    }

    @Test
    void theMessageFlowRunsDashedFromTheTaskInOnePoolToTheOtherPool() {
        SvgDocument svg = render(ActivityStates.none());

        Element flow = svg.element("MessageFlow_PaymentOrder");
        Element line = SvgDocument.children(flow, "polyline").get(0);
        assertThat(line.getAttribute("points")).isEqualTo("700,350 700,470");
        assertThat(line.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(SvgDocument.children(flow, "circle")).hasSize(1);
        assertThat(SvgDocument.children(flow, "polygon").get(0).getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(svg.text("MessageFlow_PaymentOrder")).isEqualTo("Lệnh chi");
    }

    @Test
    void theBoundaryTimerIsADoubleCircleWithAClockDrawnOverItsTask() {
        SvgDocument svg = render(ActivityStates.none());

        assertThat(svg.element("Boundary_Deadline").getAttribute("data-element-type")).isEqualTo("boundaryEvent");
        List<Element> circles = children(svg, "Boundary_Deadline", "circle");
        assertThat(circles).extracting(c -> c.getAttribute("r")).startsWith("18", "15", "10.5");
        assertThat(svg.drawnIds().indexOf("Boundary_Deadline")).isGreaterThan(svg.drawnIds().indexOf("Task_Review"));
        assertThat(svg.text("Boundary_Deadline")).isEqualTo("3 ngày");
    }

    @Test
    void theCollapsedSubProcessShowsItsPlusMarkerAndNotItsInside() {
        SvgDocument svg = render(ActivityStates.none());

        List<Element> rects = children(svg, "SubProcess_Payment", "rect");
        assertThat(rects.get(0).getAttribute("rx")).isEqualTo("10");
        assertThat(rects).anySatisfy(marker -> {
            assertThat(marker.getAttribute("width")).isEqualTo("14");
            assertThat(marker.getAttribute("height")).isEqualTo("14");
        });
        assertThat(svg.text("SubProcess_Payment")).isEqualTo("Chi trả hỗ trợ");
        assertThat(svg.draws("Task_Transfer")).isFalse();
        assertThat(svg.draws("StartEvent_Payment")).isFalse();
    }

    @Test
    void aStepWaitingInsideTheCollapsedSubProcessMakesTheSubProcessActive() {
        SvgDocument svg = render(new ActivityStates(Set.of("Task_Transfer"),
                Set.of("StartEvent_Payment", "Task_Review"), Set.of()));

        assertThat(svg.element("SubProcess_Payment").getAttribute("class")).contains("uc-bpmn-active");
        assertThat(svg.element("Task_Review").getAttribute("class")).contains("uc-bpmn-completed");
    }

    @Test
    void gatewaysEventsAndArtifactsAreDrawnWithTheirNames() {
        SvgDocument svg = render(ActivityStates.none());

        assertThat(svg.element("Gateway_Approved").getAttribute("data-element-type")).isEqualTo("exclusiveGateway");
        assertThat(children(svg, "Gateway_Approved", "polygon")).hasSize(1);
        assertThat(svg.text("Gateway_Approved")).isEqualTo("Duyệt?");
        assertThat(children(svg, "EndEvent_Rejected", "circle")).extracting(c -> c.getAttribute("stroke-width"))
                .startsWith("4");
        assertThat(svg.text("Flow_No")).isEqualTo("Không");
        assertThat(children(svg, "Flow_No", "line")).as("default-flow slash").hasSize(1);
        assertThat(svg.text("Annotation_Rule")).isEqualTo("Theo quy chế chi tiêu nội bộ");
        assertThat(svg.text("DataStore_Fund")).isEqualTo("Sổ quỹ");
        assertThat(svg.text("Task_NotifyBank")).isEqualTo("Gửi lệnh chi");
        assertThat(svg.draws("Association_Rule")).isTrue();
        assertThat(svg.draws("DataOutput_Fund")).isTrue();
    }
}
