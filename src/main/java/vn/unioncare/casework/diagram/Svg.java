package vn.unioncare.casework.diagram;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Writes SVG markup; every attribute value and text passes through {@link XmlText#escape}. */
final class Svg {

    private final StringBuilder markup = new StringBuilder(8192);

    Tag tag(String name) {
        return new Tag(name);
    }

    Tag rect(Box box, double cornerRadius) {
        Tag rect = tag("rect").attr("x", box.x()).attr("y", box.y()).attr("width", box.width())
                .attr("height", box.height());
        return cornerRadius > 0 ? rect.attr("rx", cornerRadius).attr("ry", cornerRadius) : rect;
    }

    Tag circle(Point center, double radius) {
        return tag("circle").attr("cx", center.x()).attr("cy", center.y()).attr("r", radius);
    }

    Tag path(String data) {
        return tag("path").attr("d", data);
    }

    Tag line(Point from, Point to) {
        return tag("line").attr("x1", from.x()).attr("y1", from.y()).attr("x2", to.x()).attr("y2", to.y());
    }

    Tag path(PathData data) {
        return path(data.toString());
    }

    Tag polygon(List<Point> corners) {
        return tag("polygon").attr("points", points(corners));
    }

    /** Opens a group whose children are drawn in coordinates relative to {@code origin}. */
    void openAt(Point origin) {
        openAt(origin, 1);
    }

    /** As {@link #openAt(Point)}, with the children's coordinates also multiplied by {@code scale}. */
    void openAt(Point origin, double scale) {
        String translate = "translate(" + number(origin.x()) + " " + number(origin.y()) + ")";
        tag("g").attr("transform", scale == 1 ? translate : translate + " scale(" + number(scale) + ")").open();
    }

    void close(String name) {
        markup.append("</").append(name).append('>');
    }

    String markup() {
        return markup.toString();
    }

    /** A number as SVG wants it: at most two decimals, no exponent, no trailing zeros. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        return BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros().toPlainString();
    }

    static String points(List<Point> points) {
        return points.stream().map(p -> number(p.x()) + "," + number(p.y())).collect(Collectors.joining(" "));
    }

    /** One element under construction: attributes first, then written empty, opened, or with text. */
    final class Tag {

        private final String name;
        private final StringBuilder attributes = new StringBuilder();

        private Tag(String name) {
            this.name = name;
        }

        Tag attr(String attribute, String value) {
            if (value != null) {
                attributes.append(' ').append(attribute).append("=\"").append(XmlText.escape(value)).append('"');
            }
            return this;
        }

        Tag attr(String attribute, double value) {
            return attr(attribute, number(value));
        }

        Tag paint(Paint paint) {
            return attr("fill", paint.fill()).attr("stroke", paint.stroke()).attr("stroke-width", paint.width())
                    .attr("stroke-dasharray", paint.dash());
        }

        void empty() {
            markup.append('<').append(name).append(attributes).append("/>");
        }

        void open() {
            markup.append('<').append(name).append(attributes).append('>');
        }

        void text(String text) {
            open();
            markup.append(XmlText.escape(text));
            close(name);
        }
    }
}
