package vn.unioncare.casework.diagram;

/** The {@code d} attribute of an SVG path, built command by command in absolute coordinates. */
final class PathData {

    private final StringBuilder data = new StringBuilder();

    static PathData from(double x, double y) {
        return new PathData().move(x, y);
    }

    PathData move(double x, double y) {
        return command('M', x, y);
    }

    PathData line(double x, double y) {
        return command('L', x, y);
    }

    PathData horizontal(double x) {
        data.append('H').append(Svg.number(x));
        return this;
    }

    PathData vertical(double y) {
        data.append('V').append(Svg.number(y));
        return this;
    }

    /** An elliptic arc to (x, y), the small arc, drawn anticlockwise ({@code clockwise} false) or clockwise. */
    PathData arc(double rx, double ry, boolean clockwise, double x, double y) {
        data.append('A').append(Svg.number(rx)).append(' ').append(Svg.number(ry))
                .append(clockwise ? " 0 0 1 " : " 0 0 0 ");
        return coordinates(x, y);
    }

    PathData close() {
        data.append('Z');
        return this;
    }

    private PathData command(char command, double x, double y) {
        data.append(command);
        return coordinates(x, y);
    }

    private PathData coordinates(double x, double y) {
        data.append(Svg.number(x)).append(' ').append(Svg.number(y));
        return this;
    }

    @Override
    public String toString() {
        return data.toString();
    }
}
