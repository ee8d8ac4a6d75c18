package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.AssociationDirection;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sequence flows (solid, filled arrowhead, with the default-flow slash and the conditional diamond), message flows
 * (dashed, from a small circle to an open arrowhead) and associations (dotted).
 */
final class EdgeShapes {

    private static final double ARROW_LENGTH = 11;
    private static final double ARROW_HALF_WIDTH = 4;

    boolean draws(BaseElement element) {
        return element instanceof SequenceFlow || element instanceof MessageFlow || element instanceof Association
                || element instanceof DataAssociation;
    }

    void draw(Svg svg, DrawnEdge edge) {
        Paint line = new Paint(Paint.INK, Paint.NONE, 1.5, null);
        BaseElement element = edge.element();
        List<Point> points = edge.waypoints();
        if (element instanceof SequenceFlow flow) {
            polyline(svg, points, line);
            arrowhead(svg, points, line.withFill(Paint.INK));
            sourceMarker(svg, points, flow, line);
        } else if (element instanceof MessageFlow) {
            polyline(svg, points, line.dashed("10 6"));
            Direction out = Direction.leaving(points);
            if (out != null) {
                svg.circle(out.from(points.get(0), 4, 0), 4).paint(line.withFill(Paint.PAPER)).empty();
            }
            arrowhead(svg, points, line.withFill(Paint.PAPER));
        } else {
            polyline(svg, points, line.dashed("0.5 5"));
            AssociationDirection direction = element instanceof Association association
                    ? association.getAssociationDirection() : AssociationDirection.One;
            if (direction != AssociationDirection.None) {
                openArrowhead(svg, points, line);
            }
            if (direction == AssociationDirection.Both) {
                List<Point> backwards = new ArrayList<>(points);
                Collections.reverse(backwards);
                openArrowhead(svg, backwards, line);
            }
        }
        Labels.external(svg, edge.label(), edge.middle(), edge.name());
    }

    private static void polyline(Svg svg, List<Point> points, Paint line) {
        svg.tag("polyline").attr("points", Svg.points(points)).paint(line).attr("stroke-linejoin", "round")
                .attr("stroke-linecap", "round").empty();
    }

    private static void arrowhead(Svg svg, List<Point> points, Paint paint) {
        Direction in = Direction.arriving(points);
        if (in != null) {
            Point tip = points.get(points.size() - 1);
            svg.polygon(List.of(tip, in.from(tip, -ARROW_LENGTH, ARROW_HALF_WIDTH),
                    in.from(tip, -ARROW_LENGTH, -ARROW_HALF_WIDTH))).paint(paint).attr("stroke-linejoin", "round")
                    .empty();
        }
    }

    private static void openArrowhead(Svg svg, List<Point> points, Paint line) {
        Direction in = Direction.arriving(points);
        if (in != null) {
            Point tip = points.get(points.size() - 1);
            svg.tag("polyline").attr("points", Svg.points(List.of(in.from(tip, -ARROW_LENGTH, ARROW_HALF_WIDTH + 2),
                    tip, in.from(tip, -ARROW_LENGTH, -ARROW_HALF_WIDTH - 2)))).paint(line).empty();
        }
    }

    /** The slash of a gateway's or activity's default flow, or the diamond of a conditional flow from an activity. */
    private static void sourceMarker(Svg svg, List<Point> points, SequenceFlow flow, Paint line) {
        Direction out = Direction.leaving(points);
        FlowNode source = flow.getSource();
        if (out == null || source == null) {
            return;
        }
        Point start = points.get(0);
        if (flow.getId() != null && flow.getId().equals(source.getAttributeValue("default"))) {
            svg.line(out.from(start, 6, 6), out.from(start, 14, -6)).paint(line).empty();
        } else if (flow.getConditionExpression() != null && source instanceof Activity) {
            svg.polygon(List.of(start, out.from(start, 8, 5), out.from(start, 16, 0), out.from(start, 8, -5)))
                    .paint(line.withFill(Paint.PAPER)).empty();
        }
    }
}
