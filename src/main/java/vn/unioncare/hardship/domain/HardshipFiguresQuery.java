package vn.unioncare.hardship.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Hardship assistance figures of a union's subtree, grouped in the database: requests counted by the member's
 * grassroots union as of the case start, each event in the period of its own date — received by {@code created_at},
 * approved and rejected by {@code decided_at}, paid by {@code paid_at}.
 */
@Repository
public class HardshipFiguresQuery {

    /** One kind of support: requests received, decided for (approved or since paid) and against, and the amounts. */
    public record TypeFigures(String supportType, long received, long approvedOrPaid, long rejected,
                              long amountApproved, long amountPaid) {
    }

    /**
     * A union directly below the root, over its whole subtree, or the root itself ({@code itself}) for requests of
     * its own members.
     */
    public record UnionFigures(long unitId, String code, String nameVi, String nameEn, boolean itself, long received,
                               long paid, long amountPaid) {
    }

    private static final String RECEIVED = "r.created_at >= :start and r.created_at < :end";
    private static final String DECIDED_FOR = "r.outcome in ('APPROVED', 'PAID') and r.decided_at >= :start"
            + " and r.decided_at < :end";
    private static final String REJECTED = "r.outcome = 'REJECTED' and r.decided_at >= :start and r.decided_at < :end";
    private static final String PAID = "r.outcome = 'PAID' and r.paid_at >= :start and r.paid_at < :end";
    /** A request with anything in the period; the grassroots index narrows by union first. */
    private static final String IN_PERIOD = "((" + RECEIVED + ") or (r.decided_at >= :start and r.decided_at < :end)"
            + " or (r.paid_at >= :start and r.paid_at < :end))";

    private final NamedParameterJdbcTemplate jdbc;

    public HardshipFiguresQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per kind of support, for requests of members of unions in {@code root}'s subtree; kinds without any left out. */
    public List<TypeFigures> byType(long root, Instant start, Instant end) {
        return jdbc.query("select r.support_type,"
                        + count(RECEIVED) + " as received,"
                        + count(DECIDED_FOR) + " as decided_for,"
                        + count(REJECTED) + " as rejected,"
                        + amount(DECIDED_FOR) + " as amount_approved,"
                        + amount(PAID) + " as amount_paid"
                        + " from hardship_request r"
                        + " join org_unit_closure s on s.descendant_id = r.grassroots_unit_id and s.ancestor_id = :root"
                        + " where " + IN_PERIOD
                        + " group by r.support_type",
                params(root, start, end),
                (rs, i) -> new TypeFigures(rs.getString("support_type"), rs.getLong("received"),
                        rs.getLong("decided_for"), rs.getLong("rejected"), rs.getLong("amount_approved"),
                        rs.getLong("amount_paid")));
    }

    /**
     * Per union directly below {@code root}, rolled up over its subtree: every active one, an inactive one only with
     * figures; and {@code root} itself when its own members asked.
     */
    public List<UnionFigures> byUnionBelow(long root, Instant start, Instant end) {
        return jdbc.query("select b.id, b.code, b.name_vi, b.name_en, ch.distance,"
                        + count(RECEIVED) + " as received,"
                        + count(PAID) + " as paid,"
                        + amount(PAID) + " as amount_paid"
                        + " from org_unit_closure ch"
                        + " join org_unit b on b.id = ch.descendant_id"
                        // a union below counts its subtree; the root only itself, its subtree being the other rows
                        + " join org_unit_closure d on d.ancestor_id = b.id and (ch.distance = 1 or d.distance = 0)"
                        + " left join hardship_request r on r.grassroots_unit_id = d.descendant_id and " + IN_PERIOD
                        + " where ch.ancestor_id = :root and ch.distance <= 1"
                        + " group by b.id, b.code, b.name_vi, b.name_en, b.active, ch.distance"
                        + " having (ch.distance = 1 and b.active = true) or count(r.id) > 0",
                params(root, start, end),
                (rs, i) -> new UnionFigures(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getInt("distance") == 0, rs.getLong("received"),
                        rs.getLong("paid"), rs.getLong("amount_paid")));
    }

    private static String count(String condition) {
        return " sum(case when " + condition + " then 1 else 0 end)";
    }

    private static String amount(String condition) {
        return " sum(case when " + condition + " then coalesce(r.approved_amount, 0) else 0 end)";
    }

    private static MapSqlParameterSource params(long root, Instant start, Instant end) {
        return new MapSqlParameterSource("root", root).addValue("start", Timestamp.from(start))
                .addValue("end", Timestamp.from(end));
    }
}
