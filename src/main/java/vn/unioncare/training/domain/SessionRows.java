package vn.unioncare.training.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.training.SessionDraft;
import vn.unioncare.training.SessionView;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code training_session} table; sessions of a cohort in date and time order. */
@Component
public class SessionRows {

    private static final String SELECT = "select id, cohort_id, session_date, start_time, end_time, place, recorded_at"
            + " from training_session";

    /** A stored session and whether its attendance has been recorded. */
    public record StoredSession(SessionView view, boolean recorded) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public SessionRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredSession> ofCohort(long cohortId) {
        return jdbc.query(SELECT + " where cohort_id = :cohortId order by session_date, start_time, id",
                new MapSqlParameterSource("cohortId", cohortId), ROW);
    }

    public Optional<StoredSession> find(long id) {
        return jdbc.query(SELECT + " where id = :id", new MapSqlParameterSource("id", id), ROW).stream().findFirst();
    }

    public void insert(long cohortId, SessionDraft draft) {
        jdbc.update("insert into training_session (cohort_id, session_date, start_time, end_time, place)"
                + " values (:cohortId, :date, :start, :end, :place)", values(draft).addValue("cohortId", cohortId));
    }

    public void update(long id, SessionDraft draft) {
        jdbc.update("update training_session set session_date = :date, start_time = :start, end_time = :end,"
                + " place = :place where id = :id", values(draft).addValue("id", id));
    }

    public void delete(long id) {
        jdbc.update("delete from training_session where id = :id", new MapSqlParameterSource("id", id));
    }

    public void markRecorded(long id, Instant now) {
        jdbc.update("update training_session set recorded_at = :now where id = :id",
                new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now)));
    }

    private static MapSqlParameterSource values(SessionDraft draft) {
        return new MapSqlParameterSource("date", Date.valueOf(draft.date()))
                .addValue("start", Time.valueOf(draft.startTime())).addValue("end", Time.valueOf(draft.endTime()))
                .addValue("place", draft.place());
    }

    private static final RowMapper<StoredSession> ROW = (rs, i) -> new StoredSession(new SessionView(rs.getLong("id"),
            rs.getLong("cohort_id"), rs.getDate("session_date").toLocalDate(),
            rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(), rs.getString("place")),
            rs.getTimestamp("recorded_at") != null);
}
