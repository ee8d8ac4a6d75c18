package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

import java.util.Optional;

/** A rectangle in diagram coordinates, from the DI bounds of a shape or a label. */
record Box(double x, double y, double width, double height) {

    /** The DI bounds, if they are complete; a shape without them is not drawn. */
    static Optional<Box> of(Bounds bounds) {
        if (bounds == null || bounds.getX() == null || bounds.getY() == null || bounds.getWidth() == null
                || bounds.getHeight() == null) {
            return Optional.empty();
        }
        return Optional.of(new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight()));
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    Point center() {
        return new Point(centerX(), centerY());
    }

    double area() {
        return width * height;
    }

    Box inset(double by) {
        return new Box(x + by, y + by, Math.max(0, width - 2 * by), Math.max(0, height - 2 * by));
    }
}
