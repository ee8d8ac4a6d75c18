package vn.unioncare.hardship.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.unioncare.hardship.FundPosting;
import vn.unioncare.hardship.FundPostingKind;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The {@code fund_posting} table: the ledger of each unit and year. */
@Repository
public class FundPostingRows {

    private static final RowMapper<FundPosting> POSTING = (rs, row) -> new FundPosting(rs.getLong("id"),
            rs.getLong("org_unit_id"), rs.getInt("fund_year"), FundPostingKind.valueOf(rs.getString("kind")),
            rs.getLong("amount"), rs.getString("case_number"), rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"), rs.getString("by_name"));

    private final NamedParameterJdbcTemplate jdbc;

    public FundPostingRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a posting; the moment is the caller's, {@code idempotencyKey} may be null for budget settings. */
    public void insert(FundPosting posting, String idempotencyKey) {
        jdbc.update("insert into fund_posting (org_unit_id, fund_year, kind, amount, case_number, idempotency_key, "
                        + "created_at, created_by) values (:unit, :year, :kind, :amount, :caseNumber, :key, :at, :by)",
                new MapSqlParameterSource("unit", posting.orgUnitId())
                        .addValue("year", posting.year())
                        .addValue("kind", posting.kind().name())
                        .addValue("amount", posting.amount())
                        .addValue("caseNumber", posting.caseNumber())
                        .addValue("key", idempotencyKey)
                        .addValue("at", Timestamp.from(posting.at()))
                        .addValue("by", posting.by()));
    }

    public Optional<FundKeyUse> findByKey(String idempotencyKey) {
        return jdbc.query("select kind, org_unit_id, fund_year, amount from fund_posting where idempotency_key = :key",
                new MapSqlParameterSource("key", idempotencyKey),
                (rs, row) -> new FundKeyUse(FundPostingKind.valueOf(rs.getString("kind")), rs.getLong("org_unit_id"),
                        rs.getInt("fund_year"), rs.getLong("amount"), false)).stream().findFirst();
    }

    /** A page of the ledger, newest first, with the display name of whoever made each posting. */
    public List<FundPosting> page(long orgUnitId, int year, int offset, int limit) {
        return jdbc.query("""
                        select p.id, p.org_unit_id, p.fund_year, p.kind, p.amount, p.case_number, p.created_at,
                               p.created_by, coalesce(u.display_name, p.created_by) as by_name
                        from fund_posting p left join app_user u on u.username = p.created_by
                        where p.org_unit_id = :unit and p.fund_year = :year
                        order by p.created_at desc, p.id desc limit :limit offset :offset
                        """,
                ledger(orgUnitId, year).addValue("offset", offset).addValue("limit", limit), POSTING);
    }

    public long count(long orgUnitId, int year) {
        Long count = jdbc.queryForObject("select count(*) from fund_posting where org_unit_id = :unit "
                + "and fund_year = :year", ledger(orgUnitId, year), Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource ledger(long orgUnitId, int year) {
        return new MapSqlParameterSource("unit", orgUnitId).addValue("year", year);
    }
}
