package vn.unioncare.safety;

/** What an anonymous client does on the public pages and API, each with a limit of its own. */
public enum PublicAction {
    /** Submitting a report ({@code /report}, {@code POST /api/v1/safety-reports}). */
    SUBMIT,
    /** Following a report or answering a question with a tracking code ({@code /track}, {@code GET …/{code}}). */
    TRACK
}
