package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;

import java.util.List;

/** Gateways as diamonds with an X (exclusive), + (parallel), O (inclusive), * (complex) or the event-based symbol. */
final class GatewayShapes extends ShapeFamily {

    /** The symbols are drawn for a 50 × 50 gateway and scaled to the shape. */
    private static final double STANDARD_SIZE = 50;

    GatewayShapes() {
        super(Gateway.class);
    }

    @Override
    void draw(Svg svg, DrawnShape shape) {
        Box box = shape.bounds();
        Paint outline = shape.highlight().outline(2);
        svg.polygon(List.of(new Point(box.centerX(), box.y()), new Point(box.right(), box.centerY()),
                new Point(box.centerX(), box.bottom()), new Point(box.x(), box.centerY()))).paint(outline)
                .attr("stroke-linejoin", "round").empty();
        double scale = Math.min(box.width(), box.height()) / STANDARD_SIZE;
        svg.openAt(new Point(box.centerX() - 25 * scale, box.centerY() - 25 * scale), scale);
        symbol(svg, shape.element(), outline.stroke(), outline.fill());
        svg.close("g");
        Labels.below(svg, shape.label(), box, shape.name());
    }

    private static void symbol(Svg svg, BaseElement gateway, String ink, String paper) {
        Paint thick = new Paint(ink, Paint.NONE, 4, null);
        if (gateway instanceof ExclusiveGateway) {
            svg.path("M17 17L33 33M33 17L17 33").paint(thick).attr("stroke-linecap", "round").empty();
        } else if (gateway instanceof ParallelGateway) {
            svg.path("M25 13V37M13 25H37").paint(thick).empty();
        } else if (gateway instanceof InclusiveGateway) {
            svg.circle(new Point(25, 25), 11).paint(thick.withWidth(2.5)).empty();
        } else if (gateway instanceof ComplexGateway) {
            svg.path("M25 13V37M13 25H37M16.5 16.5L33.5 33.5M33.5 16.5L16.5 33.5").paint(thick.withWidth(3.5))
                    .empty();
        } else if (gateway instanceof EventBasedGateway) {
            Paint thin = new Paint(ink, paper, 1, null);
            svg.circle(new Point(25, 25), 12).paint(thin).empty();
            svg.circle(new Point(25, 25), 9.5).paint(thin).empty();
            svg.polygon(List.of(new Point(25, 18.5), new Point(31, 23), new Point(29, 30.5), new Point(21, 30.5),
                    new Point(19, 23))).paint(thin.withWidth(1.5)).empty();
        }
    }
}
