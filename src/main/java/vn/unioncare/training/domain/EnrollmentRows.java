package vn.unioncare.training.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.unioncare.training.EnrollmentStatus;
import vn.unioncare.training.EnrollmentView;
import vn.unioncare.training.WaitlistEntry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code training_enrollment} table, the seat ledger. Callers changing seats hold the cohort's row lock
 * ({@link CohortRows#lock}); the waitlist order is priority (higher first), then request time, then id.
 */
@Component
public class EnrollmentRows {

    private static final String SELECT = "select e.id, e.cohort_id, e.member_id, e.case_number,"
            + " e.process_instance_id, e.status, e.priority, e.requested_at, e.decided_at, e.test_score,"
            + " e.retake_used from training_enrollment e";
    private static final String WAITLIST_ORDER = " order by e.priority desc, e.requested_at, e.id";

    /** A confirmed member as the attendance grid lists them. */
    public record Participant(long enrollmentId, String caseNumber, String processInstanceId, long memberId,
                              String memberName, String cardNumber, Integer testScore, boolean retakeUsed,
                              boolean absenceNotified) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public EnrollmentRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long cohortId, long memberId, String caseNumber, String processInstanceId,
                       EnrollmentStatus status, int priority, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into training_enrollment (cohort_id, member_id, case_number, process_instance_id, status,
                                                 priority, requested_at, decided_at, retake_used, absence_notified)
                values (:cohortId, :memberId, :caseNumber, :processInstanceId, :status, :priority, :now,
                        :decidedAt, false, false)
                """, new MapSqlParameterSource("cohortId", cohortId).addValue("memberId", memberId)
                .addValue("caseNumber", caseNumber).addValue("processInstanceId", processInstanceId)
                .addValue("status", status.name()).addValue("priority", priority)
                .addValue("now", Timestamp.from(now))
                .addValue("decidedAt", status.takesASeat() ? Timestamp.from(now) : null), key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<EnrollmentView> find(String caseNumber) {
        return jdbc.query(SELECT + " where e.case_number = :caseNumber",
                new MapSqlParameterSource("caseNumber", caseNumber), ROW).stream().findFirst();
    }

    /** Moves the enrollment to {@code status}; a seat's holder gets its decision time. */
    public void setStatus(long id, EnrollmentStatus status, Instant now) {
        jdbc.update("update training_enrollment set status = :status, decided_at = :now where id = :id",
                new MapSqlParameterSource("id", id).addValue("status", status.name())
                        .addValue("now", Timestamp.from(now)));
    }

    public int countTakingASeat(long cohortId) {
        return count("e.cohort_id = :cohortId and e.status in ('SEAT_HELD', 'CONFIRMED')",
                new MapSqlParameterSource("cohortId", cohortId));
    }

    /** 1 for the first in line; the enrollment must be WAITLISTED. */
    public int waitlistPosition(EnrollmentView enrollment) {
        return count("""
                e.cohort_id = :cohortId and e.status = 'WAITLISTED' and (e.priority > :priority
                  or (e.priority = :priority and (e.requested_at < :requestedAt
                      or (e.requested_at = :requestedAt and e.id <= :id))))
                """, new MapSqlParameterSource("cohortId", enrollment.cohortId())
                .addValue("priority", enrollment.priority())
                .addValue("requestedAt", Timestamp.from(enrollment.requestedAt())).addValue("id", enrollment.id()));
    }

    public Optional<EnrollmentView> firstWaitlisted(long cohortId) {
        return jdbc.query(SELECT + " where e.cohort_id = :cohortId and e.status = 'WAITLISTED'" + WAITLIST_ORDER
                + " limit 1", new MapSqlParameterSource("cohortId", cohortId), ROW).stream().findFirst();
    }

    /** Whether the member holds, waits for or has a seat in the cohort under another case. */
    public boolean activeElsewhere(long cohortId, long memberId, String caseNumber) {
        return count("e.cohort_id = :cohortId and e.member_id = :memberId and e.case_number <> :caseNumber"
                        + " and e.status in ('SEAT_HELD', 'CONFIRMED', 'WAITLISTED')",
                new MapSqlParameterSource("cohortId", cohortId).addValue("memberId", memberId)
                        .addValue("caseNumber", caseNumber)) > 0;
    }

    public boolean certifiedInCourse(long courseId, long memberId) {
        return count("e.member_id = :memberId and e.status = 'CERTIFIED' and exists (select 1 from training_cohort c"
                        + " where c.id = e.cohort_id and c.course_id = :courseId)",
                new MapSqlParameterSource("courseId", courseId).addValue("memberId", memberId)) > 0;
    }

    public List<WaitlistEntry> waitlist(long cohortId) {
        List<WaitlistEntry> unnumbered = jdbc.query("select e.case_number, e.member_id, m.full_name, m.card_number,"
                        + " e.priority, e.requested_at from training_enrollment e join member m on m.id = e.member_id"
                        + " where e.cohort_id = :cohortId and e.status = 'WAITLISTED'" + WAITLIST_ORDER,
                new MapSqlParameterSource("cohortId", cohortId),
                (rs, i) -> new WaitlistEntry(i + 1, rs.getString("case_number"), rs.getLong("member_id"),
                        rs.getString("full_name"), rs.getString("card_number"), rs.getInt("priority"),
                        rs.getTimestamp("requested_at").toInstant()));
        return List.copyOf(unnumbered);
    }

    /** The confirmed members of a cohort, by name. */
    public List<Participant> confirmed(long cohortId) {
        return jdbc.query("select e.id, e.case_number, e.process_instance_id, e.member_id, m.full_name,"
                        + " m.card_number, e.test_score, e.retake_used, e.absence_notified"
                        + " from training_enrollment e join member m on m.id = e.member_id"
                        + " where e.cohort_id = :cohortId and e.status = 'CONFIRMED'"
                        + " order by m.name_search, e.id", new MapSqlParameterSource("cohortId", cohortId),
                (rs, i) -> new Participant(rs.getLong("id"), rs.getString("case_number"),
                        rs.getString("process_instance_id"), rs.getLong("member_id"), rs.getString("full_name"),
                        rs.getString("card_number"), rs.getObject("test_score", Integer.class),
                        rs.getBoolean("retake_used"), rs.getBoolean("absence_notified")));
    }

    public void setScore(long id, int score) {
        jdbc.update("update training_enrollment set test_score = :score where id = :id",
                new MapSqlParameterSource("id", id).addValue("score", score));
    }

    /** The retake's score replaces the first; false when the retake was already used. */
    public boolean setRetakeScore(long id, int score) {
        return jdbc.update("update training_enrollment set test_score = :score, retake_used = true"
                + " where id = :id and retake_used = false", new MapSqlParameterSource("id", id)
                .addValue("score", score)) == 1;
    }

    /** True only for the call that set the flag, so the absence event goes out once. */
    public boolean markAbsenceNotified(long id) {
        return jdbc.update("update training_enrollment set absence_notified = true"
                + " where id = :id and absence_notified = false", new MapSqlParameterSource("id", id)) == 1;
    }

    private int count(String where, MapSqlParameterSource params) {
        Integer count = jdbc.queryForObject("select count(*) from training_enrollment e where " + where, params,
                Integer.class);
        return count == null ? 0 : count;
    }

    private static final RowMapper<EnrollmentView> ROW = (rs, i) -> new EnrollmentView(rs.getLong("id"),
            rs.getLong("cohort_id"), rs.getLong("member_id"), rs.getString("case_number"),
            rs.getString("process_instance_id"), EnrollmentStatus.valueOf(rs.getString("status")),
            rs.getInt("priority"), rs.getTimestamp("requested_at").toInstant(),
            rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
            rs.getObject("test_score", Integer.class), rs.getBoolean("retake_used"));
}
