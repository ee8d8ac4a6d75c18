package vn.unioncare.casework.diagram;

import java.util.List;

/** A unit vector along an edge, for arrowheads and the markers at an edge's ends. */
record Direction(double dx, double dy) {

    /** The direction in which a polyline leaves its first point, or null if all its points coincide. */
    static Direction leaving(List<Point> points) {
        for (int i = 1; i < points.size(); i++) {
            Direction direction = between(points.get(0), points.get(i));
            if (direction != null) {
                return direction;
            }
        }
        return null;
    }

    /** The direction in which a polyline arrives at its last point, or null if all its points coincide. */
    static Direction arriving(List<Point> points) {
        Point end = points.get(points.size() - 1);
        for (int i = points.size() - 2; i >= 0; i--) {
            Direction direction = between(points.get(i), end);
            if (direction != null) {
                return direction;
            }
        }
        return null;
    }

    private static Direction between(Point from, Point to) {
        double length = from.distanceTo(to);
        return length < 0.01 ? null : new Direction((to.x() - from.x()) / length, (to.y() - from.y()) / length);
    }

    /** The point {@code along} units ahead and {@code across} units to the left of {@code from}. */
    Point from(Point from, double along, double across) {
        return new Point(from.x() + dx * along - dy * across, from.y() + dy * along + dx * across);
    }
}
