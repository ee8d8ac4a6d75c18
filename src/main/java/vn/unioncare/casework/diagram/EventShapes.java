package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * Events as circles: start events thin, intermediate and boundary events double, end events thick; non-interrupting
 * ones dashed. Their names go below them (or into their DI label bounds).
 */
final class EventShapes extends ShapeFamily {

    private static final String NON_INTERRUPTING = "5.5 3";

    EventShapes() {
        super(Event.class);
    }

    @Override
    Layer layer(DrawnShape shape) {
        return shape.element() instanceof BoundaryEvent ? Layer.ATTACHED : Layer.NODE;
    }

    @Override
    void draw(Svg svg, DrawnShape shape) {
        BaseElement event = shape.element();
        Box box = shape.bounds();
        double radius = Math.min(box.width(), box.height()) / 2;
        boolean start = event instanceof StartEvent;
        boolean end = event instanceof EndEvent;
        Paint outline = shape.highlight().outline(start ? 2 : end ? 4 : 1.5);
        boolean interrupting = event instanceof BoundaryEvent ? DrawnShape.flag(event, "cancelActivity", true)
                : DrawnShape.flag(event, "isInterrupting", true);
        if (!interrupting) {
            outline = outline.dashed(NON_INTERRUPTING);
        }
        svg.circle(box.center(), radius).paint(outline).empty();
        if (!start && !end) {
            svg.circle(box.center(), Math.max(0, radius - 3)).paint(outline.withFill(Paint.NONE)).empty();
        }
        EventMarkers.draw(svg, event, box, outline, end || event instanceof IntermediateThrowEvent);
        Labels.below(svg, shape.label(), box, shape.name());
    }
}
