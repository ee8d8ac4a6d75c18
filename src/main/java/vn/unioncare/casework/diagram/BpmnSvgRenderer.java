package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws a BPMN model's diagram (its DI) as a standalone SVG that looks like Camunda Modeler's, with the steps of a
 * running case highlighted. Every name is escaped, so the markup may be inlined into a page. Not thread-safe for one
 * model instance: the model API reads a DOM that is not safe to share between threads.
 */
public final class BpmnSvgRenderer {

    private static final double PADDING = 30;
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private final List<ShapeFamily> families = List.of(new PoolShapes(), new ActivityShapes(), new EventShapes(),
            new GatewayShapes(), new ArtifactShapes());
    private final EdgeShapes edges = new EdgeShapes();

    /** The diagram as SVG markup, or empty when the model has no diagram with drawable elements. */
    public Optional<String> render(BpmnModelInstance model, ActivityStates states) {
        return DiagramPlane.of(model, element -> family(element).isPresent(), edges::draws)
                .map(plane -> svg(model, plane, states));
    }

    private String svg(BpmnModelInstance model, DiagramPlane plane, ActivityStates states) {
        Set<String> drawnIds = plane.shapes().stream().map(s -> s.element().getId()).filter(id -> id != null)
                .collect(Collectors.toSet());
        Highlights highlights = new Highlights(model, states, drawnIds);
        Box view = extent(plane).padded(PADDING);
        Svg svg = new Svg();
        svg.tag("svg").attr("xmlns", SVG_NAMESPACE).attr("version", "1.1").attr("class", "uc-bpmn-diagram")
                .attr("viewBox", Svg.number(view.x()) + " " + Svg.number(view.y()) + " " + Svg.number(view.width())
                        + " " + Svg.number(view.height()))
                .attr("width", view.width()).attr("height", view.height()).attr("role", "img")
                .attr("font-family", "Arial, Helvetica, sans-serif").open();
        plane.title().ifPresent(title -> svg.tag("title").text(title));
        List<DrawnShape> shapes = plane.shapes().stream()
                .map(s -> s.highlighted(highlights.of(s.element().getId())))
                .sorted(drawingOrder())
                .toList();
        shapes.stream().filter(s -> layer(s).compareTo(Layer.EDGE) < 0).forEach(s -> shape(svg, s));
        plane.edges().forEach(edge -> {
            open(svg, edge.element(), "uc-bpmn-edge");
            edges.draw(svg, edge);
            svg.close("g");
        });
        shapes.stream().filter(s -> layer(s).compareTo(Layer.EDGE) > 0).forEach(s -> shape(svg, s));
        svg.close("svg");
        return svg.markup();
    }

    private void shape(Svg svg, DrawnShape shape) {
        String state = shape.highlight().cssClass();
        open(svg, shape.element(), state == null ? "uc-bpmn-shape" : "uc-bpmn-shape " + state);
        String name = shape.name();
        if (name != null && !name.isBlank()) {
            svg.tag("title").text(name);
        }
        family(shape.element()).orElseThrow().draw(svg, shape);
        svg.close("g");
    }

    private static void open(Svg svg, BaseElement element, String cssClass) {
        svg.tag("g").attr("class", cssClass).attr("data-element-id", element.getId())
                .attr("data-element-type", element.getElementType().getTypeName()).open();
    }

    /** By layer; containers larger first, so that nested expanded sub-processes stay visible. */
    private Comparator<DrawnShape> drawingOrder() {
        return Comparator.comparing(this::layer)
                .thenComparingDouble(s -> layer(s) == Layer.CONTAINER ? -s.bounds().area() : 0);
    }

    private Layer layer(DrawnShape shape) {
        return family(shape.element()).orElseThrow().layer(shape);
    }

    private Optional<ShapeFamily> family(BaseElement element) {
        return families.stream().filter(f -> f.draws(element)).findFirst();
    }

    private static Extent extent(DiagramPlane plane) {
        Extent extent = new Extent();
        plane.shapes().forEach(shape -> {
            extent.include(shape.bounds());
            shape.label().ifPresent(extent::include);
        });
        plane.edges().forEach(edge -> {
            edge.waypoints().forEach(extent::include);
            edge.label().ifPresent(extent::include);
        });
        return extent;
    }
}
