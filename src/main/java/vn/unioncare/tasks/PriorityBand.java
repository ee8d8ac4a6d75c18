package vn.unioncare.tasks;

/**
 * Camunda priorities (0–100, 50 by default) as the three levels officers set and filter by;
 * {@link #value()} is what setting the level writes.
 */
public enum PriorityBand {
    HIGH(75, 67, 100),
    NORMAL(50, 34, 66),
    LOW(25, 0, 33);

    private final int value;
    private final int from;
    private final int to;

    PriorityBand(int value, int from, int to) {
        this.value = value;
        this.from = from;
        this.to = to;
    }

    public int value() {
        return value;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public static PriorityBand of(int priority) {
        for (PriorityBand band : values()) {
            if (priority >= band.from && priority <= band.to) {
                return band;
            }
        }
        return priority > 100 ? HIGH : LOW;
    }
}
