package vn.unioncare.hardship.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Hardship requests of a union's subtree counted and summed in the database, per support type, for a period. */
@Component
public class HardshipFiguresQuery {

    /** What happened to requests of one type in the period: received, decided either way, amounts granted and paid. */
    public record TypeFigures(String supportType, long received, long approved, long rejected, long amountApproved,
                              long amountPaid) {
    }

    private static final String IN_PERIOD = " >= :start and %s < :end";

    private final NamedParameterJdbcTemplate jdbc;

    public HardshipFiguresQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<TypeFigures> byType(long subtreeRootUnitId, Instant start, Instant end) {
        String created = "h.created_at" + IN_PERIOD.formatted("h.created_at");
        String decided = "h.decided_at" + IN_PERIOD.formatted("h.decided_at");
        String paid = "h.paid_at" + IN_PERIOD.formatted("h.paid_at");
        String granted = "h.outcome in ('APPROVED', 'PAID') and " + decided;
        String sql = """
                select h.support_type,
                       sum(case when %1$s then 1 else 0 end) as received,
                       sum(case when %2$s then 1 else 0 end) as approved,
                       sum(case when h.outcome = 'REJECTED' and %3$s then 1 else 0 end) as rejected,
                       sum(case when %2$s then h.approved_amount else 0 end) as amount_approved,
                       sum(case when h.outcome = 'PAID' and %4$s then h.approved_amount else 0 end) as amount_paid
                from hardship_request h
                join org_unit_closure s on s.descendant_id = h.grassroots_unit_id and s.ancestor_id = :root
                where (%1$s) or (%3$s) or (%4$s)
                group by h.support_type
                order by h.support_type
                """.formatted(created, granted, decided, paid);
        return jdbc.query(sql, new MapSqlParameterSource("root", subtreeRootUnitId)
                        .addValue("start", Timestamp.from(start)).addValue("end", Timestamp.from(end)),
                (rs, i) -> new TypeFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)));
    }
}
