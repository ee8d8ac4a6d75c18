package vn.unioncare.casework.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseFilter;
import vn.unioncare.casework.CaseStatus;
import vn.unioncare.common.SearchText;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Case lists in SQL, newest first: the caller's visibility rule (as an SQL condition from {@code CaseAccess}) is
 * part of the WHERE clause, and only a page and a count are read.
 */
@Component
public class CaseListQuery {

    private static final String SELECT = """
            select c.id, c.case_number, c.process_key, c.process_instance_id, c.member_id, m.full_name as member_name,
                   c.org_unit_id, c.status, c.stage, c.created_at, c.closed_at
            from case_file c
            left join member m on m.id = c.member_id
            """;

    private static final RowMapper<CaseFacts> FACTS = (rs, i) -> new CaseFacts(rs.getLong("id"),
            rs.getString("case_number"), rs.getString("process_key"), rs.getString("process_instance_id"),
            rs.getObject("member_id", Long.class), rs.getString("member_name"), rs.getObject("org_unit_id", Long.class),
            CaseStatus.valueOf(rs.getString("status")), rs.getString("stage"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("closed_at")));

    private final NamedParameterJdbcTemplate jdbc;

    public CaseListQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param visibility the visibility rule on alias {@code c}, with its parameters already in {@code params}
     * @param me the signed-in user's username and member id, for {@link CaseFilter#onlyMine()}
     */
    public List<CaseFacts> page(CaseFilter filter, String visibility, MapSqlParameterSource params, Me me,
                                long offset, int limit) {
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(SELECT + "where " + where(filter, visibility, params, me)
                + " order by c.created_at desc, c.id desc limit :limit offset :offset", params, FACTS);
    }

    public long count(CaseFilter filter, String visibility, MapSqlParameterSource params, Me me) {
        Long count = jdbc.queryForObject("select count(*) from case_file c left join member m on m.id = c.member_id"
                + " where " + where(filter, visibility, params, me), params, Long.class);
        return count == null ? 0 : count;
    }

    /** One case's facts by id; the caller has checked that it may be seen. */
    public Optional<CaseFacts> byId(long id) {
        return jdbc.query(SELECT + "where c.id = :id", new MapSqlParameterSource("id", id), FACTS).stream().findFirst();
    }

    /** Who "mine" means: requests about this member or started by this user. */
    public record Me(String username, Long memberId) {
    }

    private static String where(CaseFilter filter, String visibility, MapSqlParameterSource params, Me me) {
        StringBuilder sql = new StringBuilder(visibility);
        if (filter.memberId() != null) {
            sql.append(" and c.member_id = :memberId");
            params.addValue("memberId", filter.memberId());
        }
        if (filter.processKey() != null && !filter.processKey().isBlank()) {
            sql.append(" and c.process_key = :processKey");
            params.addValue("processKey", filter.processKey());
        }
        if (filter.status() != null) {
            sql.append(" and c.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.onlyMine()) {
            sql.append(" and (c.started_by = :myUsername").append(me.memberId() == null ? "" : " or c.member_id = :myMember")
                    .append(")");
            params.addValue("myUsername", me.username()).addValue("myMember", me.memberId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            sql.append(" and (c.case_number like :numberPrefix escape '\\' or m.name_search like :nameStart escape '\\'")
                    .append(" or m.name_search like :nameWord escape '\\')");
            params.addValue("numberPrefix", SearchText.escapeLike(text.toUpperCase(Locale.ROOT)) + "%")
                    .addValue("nameStart", SearchText.likePrefix(text))
                    .addValue("nameWord", "% " + SearchText.likePrefix(text));
        }
        return sql.toString();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
