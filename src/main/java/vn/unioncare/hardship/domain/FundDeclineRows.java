package vn.unioncare.hardship.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.unioncare.hardship.FundPostingKind;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code fund_declined_commitment} table: commitments refused for want of funds, by idempotency key. */
@Repository
public class FundDeclineRows {

    private final NamedParameterJdbcTemplate jdbc;

    public FundDeclineRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String idempotencyKey, long orgUnitId, int year, long amount, String caseNumber, Instant at) {
        jdbc.update("insert into fund_declined_commitment (idempotency_key, org_unit_id, fund_year, amount, "
                        + "case_number, created_at) values (:key, :unit, :year, :amount, :caseNumber, :at)",
                new MapSqlParameterSource("key", idempotencyKey).addValue("unit", orgUnitId).addValue("year", year)
                        .addValue("amount", amount).addValue("caseNumber", caseNumber)
                        .addValue("at", Timestamp.from(at)));
    }

    public Optional<FundKeyUse> findByKey(String idempotencyKey) {
        return jdbc.query("select org_unit_id, fund_year, amount from fund_declined_commitment "
                        + "where idempotency_key = :key", new MapSqlParameterSource("key", idempotencyKey),
                (rs, row) -> new FundKeyUse(FundPostingKind.COMMIT, rs.getLong("org_unit_id"), rs.getInt("fund_year"),
                        rs.getLong("amount"), true)).stream().findFirst();
    }
}
