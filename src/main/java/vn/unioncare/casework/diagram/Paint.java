package vn.unioncare.casework.diagram;

/** How a shape's outline and inside are painted; {@code dash} is an SVG dash array or null for a solid line. */
record Paint(String stroke, String fill, double width, String dash) {

    static final String INK = "#22242a";
    static final String PAPER = "#ffffff";
    static final String NONE = "none";

    Paint withFill(String newFill) {
        return new Paint(stroke, newFill, width, dash);
    }

    Paint withWidth(double newWidth) {
        return new Paint(stroke, fill, newWidth, dash);
    }

    Paint dashed(String newDash) {
        return new Paint(stroke, fill, width, newDash);
    }

    /** The same colour as a solid fill, for filled markers such as those of throwing events. */
    Paint solid() {
        return new Paint(stroke, stroke, width, null);
    }
}
