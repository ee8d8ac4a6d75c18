package vn.unioncare.casework.diagram;

/**
 * The state of a step in the running case, shown by colour and by a CSS class on its SVG group. Active steps use the
 * Lumo primary colour and a thick border, so they stand out even for readers who do not tell green from red.
 */
enum Highlight {

    NONE(null, Paint.INK, Paint.PAPER, 0),
    COMPLETED("uc-bpmn-completed", "#1e7b45", "#e6f4ea", 0),
    ACTIVE("uc-bpmn-active", "#006af5", "#e6f0fe", 4),
    INCIDENT("uc-bpmn-incident", "#c62828", "#fdecea", 4);

    private final String cssClass;
    private final String stroke;
    private final String fill;
    private final double minimumWidth;

    Highlight(String cssClass, String stroke, String fill, double minimumWidth) {
        this.cssClass = cssClass;
        this.stroke = stroke;
        this.fill = fill;
        this.minimumWidth = minimumWidth;
    }

    /** The CSS class of the state, or null for a step without one. */
    String cssClass() {
        return cssClass;
    }

    /** The outline of a shape whose plain outline is {@code width} wide. */
    Paint outline(double width) {
        return new Paint(stroke, fill, Math.max(width, minimumWidth), null);
    }
}
