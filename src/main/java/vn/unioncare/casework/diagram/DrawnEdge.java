package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.BaseElement;

import java.util.List;
import java.util.Optional;

/** A connecting BPMN element with its DI waypoints (at least two) and label bounds. */
record DrawnEdge(BaseElement element, List<Point> waypoints, Optional<Box> label) {

    String name() {
        return element.getAttributeValue("name");
    }

    Point first() {
        return waypoints.get(0);
    }

    Point last() {
        return waypoints.get(waypoints.size() - 1);
    }

    /** The middle of the middle segment, where a name without label bounds goes. */
    Point middle() {
        Point from = waypoints.get((waypoints.size() - 1) / 2);
        Point to = waypoints.get((waypoints.size() - 1) / 2 + 1);
        return new Point((from.x() + to.x()) / 2, (from.y() + to.y()) / 2);
    }
}
