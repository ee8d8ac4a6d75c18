package vn.unioncare.casework.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.AuditEvent;
import vn.unioncare.casework.AuditFilter;
import vn.unioncare.casework.AuditType;
import vn.unioncare.common.SearchText;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The audit log table: appended to, paged newest first, and read per case for the timeline. */
@Component
public class AuditEventStore {

    private static final String COLUMNS = "select id, occurred_at, actor, event_type, process_instance_id, case_number,"
            + " target, details from audit_event";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditDetailsJson json;

    public AuditEventStore(NamedParameterJdbcTemplate jdbc, AuditDetailsJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(AuditEvent event) {
        jdbc.update("insert into audit_event (occurred_at, actor, event_type, process_instance_id, case_number, target,"
                        + " details) values (:at, :actor, :type, :instance, :caseNumber, :target, :details)",
                new MapSqlParameterSource("at", Timestamp.from(event.occurredAt()))
                        .addValue("actor", cut(event.actor(), 100))
                        .addValue("type", event.type().name())
                        .addValue("instance", event.processInstanceId())
                        .addValue("caseNumber", cut(event.caseNumber(), 40))
                        .addValue("target", cut(event.target(), 200))
                        .addValue("details", json.write(event.details())));
    }

    public List<AuditEvent> page(AuditFilter filter, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(COLUMNS + where(filter, params) + " order by occurred_at desc, id desc"
                + " limit :limit offset :offset", params, this::map);
    }

    public long count(AuditFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from audit_event" + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /** A case's events of the given types, oldest first. */
    public List<AuditEvent> forCase(String caseNumber, Collection<AuditType> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.query(COLUMNS + " where case_number = :caseNumber and event_type in (:types)"
                        + " order by occurred_at, id",
                new MapSqlParameterSource("caseNumber", caseNumber)
                        .addValue("types", types.stream().map(Enum::name).toList()), this::map);
    }

    private static String where(AuditFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (filter.type() != null) {
            sql.append(" and event_type = :type");
            params.addValue("type", filter.type().name());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and actor like :actor escape '\\'");
            params.addValue("actor", SearchText.escapeLike(filter.actor().strip()) + "%");
        }
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            sql.append(" and case_number like :caseNumber escape '\\'");
            params.addValue("caseNumber", SearchText.escapeLike(filter.caseNumber().strip().toUpperCase(Locale.ROOT)) + "%");
        }
        return sql.toString();
    }

    private AuditEvent map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                AuditType.valueOf(rs.getString("event_type")), rs.getString("process_instance_id"),
                rs.getString("case_number"), rs.getString("target"), json.read(rs.getString("details")));
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
