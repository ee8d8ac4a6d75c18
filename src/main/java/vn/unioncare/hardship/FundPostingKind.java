package vn.unioncare.hardship;

/** What a ledger posting did to the fund. */
public enum FundPostingKind {
    /** The budget was set; the amount is the new budget. */
    BUDGET,
    /** An approval reserved the amount. */
    COMMIT,
    /** A disbursement moved the amount from committed to paid. */
    PAY,
    /** A rejection or a lower payment took a commitment back. */
    RELEASE
}
