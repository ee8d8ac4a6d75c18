package vn.unioncare.hardship.domain;

import vn.unioncare.hardship.FundPostingKind;

/** What an idempotency key was first used for; {@code declined} for a commitment refused for want of funds. */
public record FundKeyUse(FundPostingKind kind, long orgUnitId, int year, long amount, boolean declined) {

    public boolean sameRequest(FundPostingKind otherKind, long otherUnitId, int otherYear, long otherAmount) {
        return kind == otherKind && orgUnitId == otherUnitId && year == otherYear && amount == otherAmount;
    }
}
