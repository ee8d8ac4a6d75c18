package vn.unioncare.hardship.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** A member's earlier and parallel requests of one type, whichever union they went through. */
@Component
public class HardshipHistoryQuery {

    /** Another open request of the same member and type, and the union it went through. */
    public record ParallelRequest(String caseNumber, String unionName) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public HardshipHistoryQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Grants (approved or paid) of the type decided since the given moment. */
    public int grantsSince(long memberId, String supportType, Instant since, String exceptCase) {
        Integer count = jdbc.queryForObject("""
                select count(*) from hardship_request
                where member_id = :member and support_type = :type and outcome in ('APPROVED', 'PAID')
                  and decided_at >= :since and case_number <> :except
                """, params(memberId, supportType, since, exceptCase), Integer.class);
        return count == null ? 0 : count;
    }

    /** The first requests of the type still in progress or granted since the moment, in any union. */
    public List<ParallelRequest> parallelRequests(long memberId, String supportType, Instant since, String exceptCase,
                                                  int atMost) {
        return jdbc.query("""
                select h.case_number, u.name_vi from hardship_request h
                join org_unit u on u.id = h.grassroots_unit_id
                where h.member_id = :member and h.support_type = :type and h.outcome in ('SUBMITTED', 'APPROVED', 'PAID')
                  and h.created_at >= :since and h.case_number <> :except
                order by h.created_at
                limit :atMost
                """, params(memberId, supportType, since, exceptCase).addValue("atMost", atMost),
                (rs, i) -> new ParallelRequest(rs.getString(1), rs.getString(2)));
    }

    private static MapSqlParameterSource params(long memberId, String supportType, Instant since, String exceptCase) {
        return new MapSqlParameterSource("member", memberId).addValue("type", supportType)
                .addValue("since", Timestamp.from(since)).addValue("except", exceptCase);
    }
}
