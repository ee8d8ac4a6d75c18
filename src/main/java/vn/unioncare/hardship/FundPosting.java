package vn.unioncare.hardship;

import java.time.Instant;

/**
 * One line of a fund's ledger; {@code caseNumber} is empty for budget settings, {@code byName} is the display name
 * of the account that made it ({@code by} when the account is gone or it was the system).
 */
public record FundPosting(long id, long orgUnitId, int year, FundPostingKind kind, long amount, String caseNumber,
                          Instant at, String by, String byName) {
}
