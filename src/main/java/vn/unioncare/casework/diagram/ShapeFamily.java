package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.BaseElement;

import java.util.List;

/** Draws one family of BPMN shapes (events, gateways, ...) into the SVG. */
abstract class ShapeFamily {

    private final List<Class<? extends BaseElement>> kinds;

    @SafeVarargs
    ShapeFamily(Class<? extends BaseElement>... kinds) {
        this.kinds = List.of(kinds);
    }

    final boolean draws(BaseElement element) {
        return kinds.stream().anyMatch(kind -> kind.isInstance(element));
    }

    /** When the shape is drawn; most are flow nodes drawn over the flows. */
    Layer layer(DrawnShape shape) {
        return Layer.NODE;
    }

    /** Draws the shape; the caller has already opened the element's group. */
    abstract void draw(Svg svg, DrawnShape shape);
}
