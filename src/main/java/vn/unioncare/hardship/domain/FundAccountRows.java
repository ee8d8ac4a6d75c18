package vn.unioncare.hardship.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.unioncare.hardship.FundBalance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code fund_account} table. Every change is one conditional UPDATE, so a commitment that does not fit, or a
 * payment larger than what is committed, changes nothing (0 rows) instead of overspending.
 */
@Repository
public class FundAccountRows {

    private static final String SELECT = "select org_unit_id, fund_year, budget, committed, paid from fund_account "
            + "where org_unit_id = :unit and fund_year = :year";
    private static final RowMapper<FundBalance> BALANCE = (rs, row) -> new FundBalance(rs.getLong("org_unit_id"),
            rs.getInt("fund_year"), rs.getLong("budget"), rs.getLong("committed"), rs.getLong("paid"));

    private final NamedParameterJdbcTemplate jdbc;

    public FundAccountRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FundBalance> find(long orgUnitId, int year) {
        return jdbc.query(SELECT, account(orgUnitId, year), BALANCE).stream().findFirst();
    }

    /** The account, locked until the transaction ends, so that changes to one fund happen one after another. */
    public Optional<FundBalance> lock(long orgUnitId, int year) {
        return jdbc.query(SELECT + " for update", account(orgUnitId, year), BALANCE).stream().findFirst();
    }

    /** Adds to committed if the amount fits into what is available; false (and nothing changed) otherwise. */
    public boolean commit(long orgUnitId, int year, long amount, Instant at) {
        return change("committed = committed + :amount", "budget - committed - paid >= :amount",
                orgUnitId, year, amount, at);
    }

    /** Moves the amount from committed to paid; false when less than the amount is committed. */
    public boolean pay(long orgUnitId, int year, long amount, Instant at) {
        return change("committed = committed - :amount, paid = paid + :amount", "committed >= :amount",
                orgUnitId, year, amount, at);
    }

    /** Takes the amount back from committed; false when less than the amount is committed. */
    public boolean release(long orgUnitId, int year, long amount, Instant at) {
        return change("committed = committed - :amount", "committed >= :amount", orgUnitId, year, amount, at);
    }

    /** Sets the budget unless it is below what is committed and paid; false (and nothing changed) then. */
    public boolean setBudget(long orgUnitId, int year, long budget, Instant at) {
        return change("budget = :amount", "committed + paid <= :amount", orgUnitId, year, budget, at);
    }

    /** Opens the account of a unit and year; a concurrent opening makes this fail with a duplicate key. */
    public void insert(long orgUnitId, int year, long budget, Instant at) {
        jdbc.update("insert into fund_account (org_unit_id, fund_year, budget, committed, paid, updated_at) "
                + "values (:unit, :year, :amount, 0, 0, :at)",
                account(orgUnitId, year).addValue("amount", budget).addValue("at", Timestamp.from(at)));
    }

    private boolean change(String assignments, String condition, long orgUnitId, int year, long amount, Instant at) {
        return jdbc.update("update fund_account set " + assignments + ", updated_at = :at "
                        + "where org_unit_id = :unit and fund_year = :year and " + condition,
                account(orgUnitId, year).addValue("amount", amount).addValue("at", Timestamp.from(at))) == 1;
    }

    private static MapSqlParameterSource account(long orgUnitId, int year) {
        return new MapSqlParameterSource("unit", orgUnitId).addValue("year", year);
    }
}
