package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CategoryValue;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;

/** Data objects (a page with a folded corner), data stores (a cylinder), text annotations and groups. */
final class ArtifactShapes extends ShapeFamily {

    ArtifactShapes() {
        super(DataObjectReference.class, DataStoreReference.class, TextAnnotation.class, Group.class);
    }

    @Override
    Layer layer(DrawnShape shape) {
        return shape.element() instanceof TextAnnotation || shape.element() instanceof Group ? Layer.ARTIFACT
                : Layer.NODE;
    }

    @Override
    void draw(Svg svg, DrawnShape shape) {
        Box box = shape.bounds();
        Paint line = new Paint(Paint.INK, Paint.PAPER, 1.5, null);
        BaseElement element = shape.element();
        if (element instanceof DataObjectReference) {
            page(svg, box, line);
            Labels.below(svg, shape.label(), box, shape.name());
        } else if (element instanceof DataStoreReference) {
            cylinder(svg, box, line);
            Labels.below(svg, shape.label(), box, shape.name());
        } else if (element instanceof TextAnnotation annotation) {
            svg.path(PathData.from(box.x() + 10, box.y()).horizontal(box.x()).vertical(box.bottom())
                    .horizontal(box.x() + 10)).paint(line.withFill(Paint.NONE).withWidth(1)).empty();
            String text = annotation.getText() == null ? null : annotation.getText().getTextContent();
            Labels.leftAligned(svg, box, text, Paint.INK);
        } else {
            svg.rect(box, 10).paint(line.withFill(Paint.NONE).withWidth(1).dashed("10 5 1 5")).empty();
            CategoryValue category = ((Group) element).getCategory();
            Labels.external(svg, shape.label(), new Point(box.centerX(), box.y() + 5),
                    category == null ? null : category.getValue());
        }
    }

    private static void page(Svg svg, Box box, Paint line) {
        double fold = Math.min(10, box.width() / 3);
        svg.path(PathData.from(box.x(), box.y()).horizontal(box.right() - fold).line(box.right(), box.y() + fold)
                .vertical(box.bottom()).horizontal(box.x()).close()).paint(line).empty();
        svg.path(PathData.from(box.right() - fold, box.y()).vertical(box.y() + fold).horizontal(box.right()))
                .paint(line.withFill(Paint.NONE)).empty();
    }

    private static void cylinder(Svg svg, Box box, Paint line) {
        double rx = box.width() / 2;
        double ry = Math.min(box.height() / 8, rx / 2);
        svg.path(PathData.from(box.x(), box.y() + ry).vertical(box.bottom() - ry)
                .arc(rx, ry, false, box.right(), box.bottom() - ry).vertical(box.y() + ry).close())
                .paint(line).empty();
        svg.tag("ellipse").attr("cx", box.centerX()).attr("cy", box.y() + ry).attr("rx", rx).attr("ry", ry)
                .paint(line).empty();
        svg.path(PathData.from(box.x(), box.y() + 2 * ry).arc(rx, ry, false, box.right(), box.y() + 2 * ry)
                .move(box.x(), box.y() + 3 * ry).arc(rx, ry, false, box.right(), box.y() + 3 * ry))
                .paint(line.withFill(Paint.NONE)).empty();
    }
}
