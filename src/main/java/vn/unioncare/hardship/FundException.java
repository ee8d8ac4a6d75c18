package vn.unioncare.hardship;

import vn.unioncare.common.RefusedException;

/** A fund operation UnionCare refuses; the message key says why. */
public class FundException extends RefusedException {

    public FundException(String messageKey, int status, String detail) {
        super(messageKey, status, detail);
    }

    static FundException notFoundOrNoAccess(long orgUnitId) {
        return new FundException("error.notFoundOrNoAccess", 404, "fund of unit " + orgUnitId);
    }

    static FundException budgetNotAllowed(long orgUnitId) {
        return new FundException("funds.error.budgetNotAllowed", 403, "not finance of unit " + orgUnitId);
    }

    static FundException budgetBelowSpent(long budget, FundBalance balance) {
        return new FundException("funds.error.budgetBelowSpent", 409, budget + " < committed " + balance.committed()
                + " + paid " + balance.paid());
    }

    static FundException invalidAmount(long amount) {
        return new FundException("funds.error.invalidAmount", 422, "amount " + amount);
    }

    static FundException invalidYear(int year) {
        return new FundException("funds.error.invalidYear", 422, "year " + year);
    }

    static FundException notCommitted(long amount, FundBalance balance) {
        return new FundException("funds.error.notCommitted", 409, amount + " > committed " + balance.committed());
    }

    static FundException concurrentChange(long orgUnitId, int year) {
        return new FundException("funds.error.concurrentChange", 409, "fund " + orgUnitId + "/" + year);
    }
}
