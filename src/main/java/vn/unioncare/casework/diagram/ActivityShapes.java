package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Transaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Tasks, sub-processes and call activities: rounded rectangles with the name inside, a type icon, a thick border for
 * call activities, and at the bottom the markers for a collapsed sub-process and for multi-instance.
 */
final class ActivityShapes extends ShapeFamily {

    private static final double CORNER = 10;
    private static final double MARKER = 14;
    private static final double MARKER_GAP = 4;

    ActivityShapes() {
        super(Activity.class);
    }

    @Override
    Layer layer(DrawnShape shape) {
        return expanded(shape) ? Layer.CONTAINER : Layer.NODE;
    }

    @Override
    void draw(Svg svg, DrawnShape shape) {
        BaseElement activity = shape.element();
        Box box = shape.bounds();
        Paint outline = shape.highlight().outline(activity instanceof CallActivity ? 5 : 2);
        if (activity instanceof SubProcess sub && sub.triggeredByEvent()) {
            outline = outline.dashed("2 3");
        }
        svg.rect(box, CORNER).paint(outline).empty();
        if (activity instanceof Transaction) {
            svg.rect(box.inset(3), CORNER - 3).paint(outline.withFill(Paint.NONE).withWidth(1.5)).empty();
        }
        if (expanded(shape)) {
            Labels.top(svg, box, shape.name(), Paint.INK);
        } else {
            Labels.centred(svg, box, shape.name(), Paint.INK);
        }
        TaskMarkers.draw(svg, activity, box, outline);
        bottomMarkers(svg, shape, new Paint(outline.stroke(), outline.fill(), 1.5, null));
    }

    private static boolean expanded(DrawnShape shape) {
        return shape.element() instanceof SubProcess && DrawnShape.flag(shape.di(), "isExpanded", false);
    }

    private static void bottomMarkers(Svg svg, DrawnShape shape, Paint line) {
        List<Runnable> markers = new ArrayList<>();
        if (shape.element() instanceof SubProcess && !expanded(shape)) {
            markers.add(() -> {
                svg.rect(new Box(0, 0, MARKER, MARKER), 0).paint(line).empty();
                svg.path("M3.5 7H10.5M7 3.5V10.5").paint(line).empty();
            });
        }
        if (((Activity) shape.element()).getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics many) {
            String bars = many.isSequential() ? "M1 3H13M1 7H13M1 11H13" : "M3 1V13M7 1V13M11 1V13";
            markers.add(() -> svg.path(bars).paint(line.withWidth(2)).empty());
        }
        Box box = shape.bounds();
        double x = box.centerX() - (markers.size() * (MARKER + MARKER_GAP) - MARKER_GAP) / 2;
        for (Runnable marker : markers) {
            svg.openAt(new Point(x, box.bottom() - MARKER - 4));
            marker.run();
            svg.close("g");
            x += MARKER + MARKER_GAP;
        }
    }
}
