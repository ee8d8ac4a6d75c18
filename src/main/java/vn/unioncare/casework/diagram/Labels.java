package vn.unioncare.casework.diagram;

import java.util.List;
import java.util.Optional;

/** Names drawn as the Modeler places them: inside shapes, in their DI label bounds, or turned in a pool's band. */
final class Labels {

    static final double FONT_SIZE = 12;
    static final double EXTERNAL_FONT_SIZE = 11;
    private static final double LINE_HEIGHT = 1.2;
    private static final double ASCENT = 0.9;
    private static final double PADDING = 5;
    private static final double EXTERNAL_WIDTH = 90;

    private Labels() {
    }

    /** A name centred in a shape, as on tasks and collapsed sub-processes. */
    static void centred(Svg svg, Box box, String text, String colour) {
        Box inner = box.inset(PADDING);
        List<String> lines = TextLines.wrap(text, FONT_SIZE, inner.width(), maxLines(inner.height(), FONT_SIZE));
        write(svg, lines, inner.centerX(), inner.centerY() - blockHeight(lines, FONT_SIZE) / 2, FONT_SIZE, "middle",
                colour, null);
    }

    /** A name at the top of a shape, as on expanded sub-processes. */
    static void top(Svg svg, Box box, String text, String colour) {
        Box inner = box.inset(PADDING);
        List<String> lines = TextLines.wrap(text, FONT_SIZE, inner.width(), 2);
        write(svg, lines, inner.centerX(), inner.y(), FONT_SIZE, "middle", colour, null);
    }

    /** A text from the top left of a box, as in text annotations. */
    static void leftAligned(Svg svg, Box box, String text, String colour) {
        Box inner = box.inset(PADDING);
        List<String> lines = TextLines.wrap(text, FONT_SIZE, inner.width(), maxLines(inner.height(), FONT_SIZE));
        write(svg, lines, inner.x(), inner.y(), FONT_SIZE, "start", colour, null);
    }

    /** The name of an event, gateway or data element: in its DI label bounds, else centred below the shape. */
    static void below(Svg svg, Optional<Box> label, Box shape, String text) {
        external(svg, label, new Point(shape.centerX(), shape.bottom() + PADDING), text);
    }

    /** The name of a flow: in its DI label bounds, else starting at {@code anchor}. */
    static void external(Svg svg, Optional<Box> label, Point anchor, String text) {
        // The Modeler sizes label bounds to its own font's text width, at most 90; wrapping at that width again
        // with estimated widths would break lines the Modeler does not.
        double width = Math.max(EXTERNAL_WIDTH, label.map(Box::width).orElse(0d));
        List<String> lines = TextLines.wrap(text, EXTERNAL_FONT_SIZE, width, 6);
        double centerX = label.map(Box::centerX).orElse(anchor.x());
        double top = label.map(Box::y).orElse(anchor.y());
        write(svg, lines, centerX, top, EXTERNAL_FONT_SIZE, "middle", Paint.INK, null);
    }

    /** A name turned a quarter anticlockwise in a vertical band, as on the left edge of pools and lanes. */
    static void turned(Svg svg, Box band, String text, String colour) {
        List<String> lines = TextLines.wrap(text, FONT_SIZE, band.height() - 2 * PADDING,
                maxLines(band.width(), FONT_SIZE));
        String rotation = "rotate(-90 " + Svg.number(band.centerX()) + " " + Svg.number(band.centerY()) + ")";
        write(svg, lines, band.centerX(), band.centerY() - blockHeight(lines, FONT_SIZE) / 2, FONT_SIZE, "middle",
                colour, rotation);
    }

    private static int maxLines(double height, double fontSize) {
        return Math.max(1, (int) Math.floor(height / (fontSize * LINE_HEIGHT)));
    }

    private static double blockHeight(List<String> lines, double fontSize) {
        return lines.size() * fontSize * LINE_HEIGHT;
    }

    private static void write(Svg svg, List<String> lines, double x, double top, double fontSize, String anchor,
                              String colour, String transform) {
        if (lines.isEmpty()) {
            return;
        }
        svg.tag("text").attr("font-size", fontSize).attr("text-anchor", anchor).attr("fill", colour)
                .attr("transform", transform).open();
        for (int i = 0; i < lines.size(); i++) {
            double baseline = top + i * fontSize * LINE_HEIGHT + fontSize * ASCENT;
            svg.tag("tspan").attr("x", x).attr("y", baseline).text(lines.get(i));
        }
        svg.close("text");
    }
}
