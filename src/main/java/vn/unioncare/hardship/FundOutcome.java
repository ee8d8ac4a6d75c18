package vn.unioncare.hardship;

/** What the fund check found; the BPMN routes on the code. */
public enum FundOutcome {
    /** The amount is committed against the paying union's fund. */
    COMMITTED("committed"),
    /** Not enough in this union's fund; a union above may pay. */
    ROUTE_UP("routeUp"),
    /** Not enough even at the top: someone must top up the fund. */
    EXHAUSTED("exhausted");

    private final String code;

    FundOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
