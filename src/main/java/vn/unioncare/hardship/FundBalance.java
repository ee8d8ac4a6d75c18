package vn.unioncare.hardship;

/**
 * A unit's fund for one year in VND: the budget, what approvals have committed and what has been paid out.
 * A unit without an account for the year has a budget of 0.
 */
public record FundBalance(long orgUnitId, int year, long budget, long committed, long paid) {

    public static FundBalance empty(long orgUnitId, int year) {
        return new FundBalance(orgUnitId, year, 0, 0, 0);
    }

    /** What is left to commit: budget − committed − paid. */
    public long available() {
        return budget - committed - paid;
    }
}
