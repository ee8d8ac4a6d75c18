package vn.unioncare.casework.diagram;

/** The smallest rectangle around everything drawn, grown point by point; it becomes the SVG's view box. */
final class Extent {

    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    void include(Point point) {
        if (Double.isFinite(point.x()) && Double.isFinite(point.y())) {
            minX = Math.min(minX, point.x());
            minY = Math.min(minY, point.y());
            maxX = Math.max(maxX, point.x());
            maxY = Math.max(maxY, point.y());
        }
    }

    void include(Box box) {
        include(new Point(box.x(), box.y()));
        include(new Point(box.right(), box.bottom()));
    }

    boolean isEmpty() {
        return minX > maxX;
    }

    Box padded(double padding) {
        return new Box(minX - padding, minY - padding, maxX - minX + 2 * padding, maxY - minY + 2 * padding);
    }
}
