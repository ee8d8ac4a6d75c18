package vn.unioncare.safety.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The messages between officers and the anonymous reporter of a case, read per case only. */
@Component
public class SafetyMessageRows {

    /** A stored message; {@code authorUsername} is null for the reporter. */
    public record MessageRow(long id, String direction, String text, String authorUsername, Instant createdAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public SafetyMessageRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public MessageRow insert(String caseNumber, String direction, String text, String authorUsername, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into safety_message (case_number, direction, text, author_username, created_at)
                values (:cn, :direction, :text, :author, :at)
                """, new MapSqlParameterSource().addValue("cn", caseNumber).addValue("direction", direction)
                .addValue("text", text).addValue("author", authorUsername).addValue("at", Timestamp.from(at)),
                key, new String[] {"id"});
        return new MessageRow(key.getKeyAs(Number.class).longValue(), direction, text, authorUsername, at);
    }

    /** The latest {@code limit} messages of the case, oldest first. */
    public List<MessageRow> latest(String caseNumber, int limit) {
        List<MessageRow> messages = new ArrayList<>(jdbc.query("""
                select id, direction, text, author_username, created_at from safety_message where case_number = :cn
                order by created_at desc, id desc limit :limit
                """, Map.of("cn", caseNumber, "limit", limit), (rs, i) -> new MessageRow(rs.getLong("id"),
                rs.getString("direction"), rs.getString("text"), rs.getString("author_username"),
                rs.getTimestamp("created_at").toInstant())));
        Collections.reverse(messages);
        return messages;
    }
}
