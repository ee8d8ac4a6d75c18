package vn.unioncare.training.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code training_attendance} table: one row per session and confirmed member once recorded. */
@Component
public class AttendanceRows {

    /** A recorded cell of the grid. */
    public record Mark(long sessionId, long enrollmentId, boolean present) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public AttendanceRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or corrects) whether the member was present at the session. */
    public void record(long sessionId, long enrollmentId, boolean present, String by, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("sessionId", sessionId)
                .addValue("enrollmentId", enrollmentId).addValue("present", present).addValue("by", by)
                .addValue("now", Timestamp.from(now));
        int updated = jdbc.update("update training_attendance set present = :present, recorded_by = :by,"
                + " recorded_at = :now where session_id = :sessionId and enrollment_id = :enrollmentId", params);
        if (updated == 0) {
            jdbc.update("insert into training_attendance (session_id, enrollment_id, present, recorded_by, recorded_at)"
                    + " values (:sessionId, :enrollmentId, :present, :by, :now)", params);
        }
    }

    /** The recorded marks of a cohort's sessions. */
    public List<Mark> ofCohort(long cohortId) {
        return jdbc.query("select a.session_id, a.enrollment_id, a.present from training_attendance a"
                        + " join training_session s on s.id = a.session_id where s.cohort_id = :cohortId",
                new MapSqlParameterSource("cohortId", cohortId),
                (rs, i) -> new Mark(rs.getLong("session_id"), rs.getLong("enrollment_id"), rs.getBoolean("present")));
    }

    /** Absences per enrollment among the given ones. */
    public Map<Long, Integer> absences(List<Long> enrollmentIds) {
        Map<Long, Integer> absences = new HashMap<>();
        if (!enrollmentIds.isEmpty()) {
            jdbc.query("select enrollment_id, count(*) as absences from training_attendance"
                    + " where enrollment_id in (:ids) and present = false group by enrollment_id",
                    new MapSqlParameterSource("ids", enrollmentIds),
                    rs -> {
                        absences.put(rs.getLong("enrollment_id"), rs.getInt("absences"));
                    });
        }
        return absences;
    }
}
