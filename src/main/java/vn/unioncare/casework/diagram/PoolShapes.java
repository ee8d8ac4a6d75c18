package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;

/** Pools (participants) and lanes, with their names in a band along the left edge (or the top when vertical). */
final class PoolShapes extends ShapeFamily {

    private static final double BAND = 30;

    PoolShapes() {
        super(Participant.class, Lane.class);
    }

    @Override
    Layer layer(DrawnShape shape) {
        return shape.element() instanceof Participant ? Layer.POOL : Layer.LANE;
    }

    @Override
    void draw(Svg svg, DrawnShape shape) {
        Box box = shape.bounds();
        boolean pool = shape.element() instanceof Participant;
        svg.rect(box, 0).paint(new Paint(Paint.INK, pool ? Paint.PAPER : Paint.NONE, pool ? 1.5 : 1, null)).empty();
        boolean horizontal = DrawnShape.flag(shape.di(), "isHorizontal", true);
        if (pool && ((Participant) shape.element()).getProcess() == null) {
            // A collapsed ("black box") pool shows its name in the middle, without a band.
            Labels.centred(svg, box, shape.name(), Paint.INK);
            return;
        }
        Box band = horizontal ? new Box(box.x(), box.y(), BAND, box.height())
                : new Box(box.x(), box.y(), box.width(), BAND);
        if (pool) {
            svg.path(horizontal ? PathData.from(band.right(), box.y()).vertical(box.bottom())
                    : PathData.from(box.x(), band.bottom()).horizontal(box.right()))
                    .attr("stroke", Paint.INK).attr("stroke-width", 1.5).empty();
        }
        if (horizontal) {
            Labels.turned(svg, band, shape.name(), Paint.INK);
        } else {
            Labels.centred(svg, band, shape.name(), Paint.INK);
        }
    }
}
