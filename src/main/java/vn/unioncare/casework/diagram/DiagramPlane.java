package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The drawable contents of a model's main diagram: the plane of the collaboration or process (the Modeler puts the
 * inside of a collapsed sub-process on a plane of its own, which is not drawn). DI elements whose BPMN element is
 * missing (the model API resolves an unknown id to null) or not drawable, or without bounds or two waypoints, are
 * left out.
 */
final class DiagramPlane {

    private final BpmnPlane plane;
    private final List<DrawnShape> shapes = new ArrayList<>();
    private final List<DrawnEdge> edges = new ArrayList<>();

    private DiagramPlane(BpmnPlane plane, Predicate<BaseElement> drawableShape, Predicate<BaseElement> drawableEdge) {
        this.plane = plane;
        for (DiagramElement di : plane.getDiagramElements()) {
            if (di instanceof BpmnShape shape) {
                shape(shape).filter(s -> drawableShape.test(s.element())).ifPresent(shapes::add);
            } else if (di instanceof BpmnEdge edge) {
                edge(edge).filter(e -> drawableEdge.test(e.element())).ifPresent(edges::add);
            }
        }
    }

    static Optional<DiagramPlane> of(BpmnModelInstance model, Predicate<BaseElement> drawableShape,
                                     Predicate<BaseElement> drawableEdge) {
        return model.getModelElementsByType(BpmnDiagram.class).stream()
                .map(BpmnDiagram::getBpmnPlane)
                .filter(plane -> plane != null)
                .min(Comparator.comparing(plane -> isMain(plane) ? 0 : 1))
                .map(plane -> new DiagramPlane(plane, drawableShape, drawableEdge))
                .filter(contents -> !contents.shapes.isEmpty() || !contents.edges.isEmpty());
    }

    private static boolean isMain(BpmnPlane plane) {
        BaseElement element = plane.getBpmnElement();
        return element instanceof Collaboration || element instanceof Process;
    }

    List<DrawnShape> shapes() {
        return shapes;
    }

    List<DrawnEdge> edges() {
        return edges;
    }

    /** The name of the collaboration or process drawn, if it has one. */
    Optional<String> title() {
        return Optional.ofNullable(plane.getBpmnElement()).map(e -> e.getAttributeValue("name"))
                .filter(name -> !name.isBlank());
    }

    private static Optional<DrawnShape> shape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        if (element == null) {
            return Optional.empty();
        }
        return Box.of(shape.getBounds()).map(bounds ->
                new DrawnShape(element, shape, bounds, label(shape.getBpmnLabel()), Highlight.NONE));
    }

    private static Optional<DrawnEdge> edge(BpmnEdge edge) {
        BaseElement element = edge.getBpmnElement();
        List<Point> points = new ArrayList<>();
        for (Waypoint waypoint : edge.getWaypoints()) {
            if (waypoint.getX() != null && waypoint.getY() != null) {
                points.add(new Point(waypoint.getX(), waypoint.getY()));
            }
        }
        if (element == null || points.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new DrawnEdge(element, List.copyOf(points), label(edge.getBpmnLabel())));
    }

    private static Optional<Box> label(BpmnLabel label) {
        return label == null ? Optional.empty() : Box.of(label.getBounds());
    }
}
