package vn.unioncare.casework.diagram;

/** A point in diagram coordinates. */
record Point(double x, double y) {

    Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
