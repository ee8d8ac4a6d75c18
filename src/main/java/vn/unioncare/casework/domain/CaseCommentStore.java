package vn.unioncare.casework.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Comments on case files, oldest first. */
@Component
public class CaseCommentStore {

    /** A stored comment; the author is a username. */
    public record StoredComment(long id, String author, String body, Instant createdAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public CaseCommentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long caseFileId, String author, String body, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into case_comment (case_file_id, author, body, created_at)"
                        + " values (:caseId, :author, :body, :at)",
                new MapSqlParameterSource("caseId", caseFileId).addValue("author", author).addValue("body", body)
                        .addValue("at", Timestamp.from(at)), key, new String[] {"id"});
        return key.getKey().longValue();
    }

    public List<StoredComment> forCase(long caseFileId) {
        return jdbc.query("select id, author, body, created_at from case_comment where case_file_id = :caseId"
                        + " order by created_at, id", new MapSqlParameterSource("caseId", caseFileId),
                (rs, i) -> new StoredComment(rs.getLong("id"), rs.getString("author"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()));
    }
}
