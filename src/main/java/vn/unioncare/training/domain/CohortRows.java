package vn.unioncare.training.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.unioncare.training.CohortStatus;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.CourseFormat;
import vn.unioncare.training.CourseTopic;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The {@code training_cohort} table with its course and organising union; seats taken and waitlisted are counted
 * from the ledger per row (an indexed lookup per cohort on the page).
 */
@Component
public class CohortRows {

    private static final String FROM = " from training_cohort c join training_course k on k.id = c.course_id"
            + " join org_unit u on u.id = c.org_unit_id";
    private static final String SELECT = "select c.id, c.course_id, k.title, k.topic, k.format, k.hours, c.org_unit_id,"
            + " u.name_vi, c.trainer_username, c.seats, c.enrollment_deadline, c.first_session, c.last_session,"
            + " c.status,"
            + " (select count(*) from training_enrollment e where e.cohort_id = c.id"
            + "  and e.status in ('SEAT_HELD', 'CONFIRMED')) as seats_taken,"
            + " (select count(*) from training_enrollment e where e.cohort_id = c.id"
            + "  and e.status = 'WAITLISTED') as waitlisted" + FROM;
    private static final String TEXT = "(:text = '' or k.title_search like :contains escape '\\')";
    private static final String OPEN = "c.status = 'OPEN' and c.enrollment_deadline >= :today and " + TEXT;
    private static final String IN_SCOPE = "(:all = true or c.trainer_username = :trainer or c.org_unit_id in (:units)"
            + " or exists (select 1 from org_unit_closure s where s.descendant_id = c.org_unit_id"
            + " and s.ancestor_id in (:roots))) and " + TEXT;

    /** The cohort row as the seat ledger reads it under lock. */
    public record LockedCohort(long id, long courseId, int seats, CohortStatus status, LocalDate enrollmentDeadline) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public CohortRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long courseId, long orgUnitId, String trainer, int seats, LocalDate deadline,
                       CohortStatus status, LocalDate first, LocalDate last, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into training_cohort (course_id, org_unit_id, trainer_username, seats, enrollment_deadline,
                                             status, first_session, last_session, created_by, created_at, version)
                values (:courseId, :orgUnitId, :trainer, :seats, :deadline, :status, :first, :last, :createdBy,
                        :createdAt, 0)
                """, values(courseId, orgUnitId, trainer, seats, deadline, status, first, last)
                .addValue("createdBy", createdBy).addValue("createdAt", Timestamp.from(now)), key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    public void update(long id, long courseId, long orgUnitId, String trainer, int seats, LocalDate deadline,
                       CohortStatus status, LocalDate first, LocalDate last) {
        jdbc.update("""
                update training_cohort set course_id = :courseId, org_unit_id = :orgUnitId, trainer_username = :trainer,
                       seats = :seats, enrollment_deadline = :deadline, status = :status, first_session = :first,
                       last_session = :last, version = version + 1
                where id = :id
                """, values(courseId, orgUnitId, trainer, seats, deadline, status, first, last).addValue("id", id));
    }

    public void setStatus(long id, CohortStatus status) {
        jdbc.update("update training_cohort set status = :status, version = version + 1 where id = :id",
                new MapSqlParameterSource("id", id).addValue("status", status.name()));
    }

    /**
     * Locks the cohort row until the caller's transaction ends ({@code select ... for update}); every change to the
     * cohort's seats goes through this lock, so counting seats after it is exact.
     */
    public Optional<LockedCohort> lock(long id) {
        return jdbc.query("select id, course_id, seats, status, enrollment_deadline from training_cohort"
                        + " where id = :id for update", new MapSqlParameterSource("id", id),
                (rs, i) -> new LockedCohort(rs.getLong("id"), rs.getLong("course_id"), rs.getInt("seats"),
                        CohortStatus.valueOf(rs.getString("status")), rs.getDate("enrollment_deadline").toLocalDate()))
                .stream().findFirst();
    }

    public Optional<CohortView> find(long id) {
        return jdbc.query(SELECT + " where c.id = :id", new MapSqlParameterSource("id", id), ROW).stream().findFirst();
    }

    /** Cohorts taking enrollments on {@code today} whose course title contains the text, the soonest first. */
    public List<CohortView> open(String text, LocalDate today, int offset, int limit) {
        return jdbc.query(SELECT + " where " + OPEN + " order by c.first_session, c.id limit :limit offset :offset",
                open(text, today).addValue("limit", limit).addValue("offset", offset), ROW);
    }

    public int countOpen(String text, LocalDate today) {
        return count(OPEN, open(text, today));
    }

    /** Cohorts within the scope, the latest first session first. */
    public List<CohortView> inScope(CohortScope scope, String text, int offset, int limit) {
        return jdbc.query(SELECT + " where " + IN_SCOPE
                        + " order by c.first_session desc, c.id desc limit :limit offset :offset",
                scope(scope, text).addValue("limit", limit).addValue("offset", offset), ROW);
    }

    public int countInScope(CohortScope scope, String text) {
        return count(IN_SCOPE, scope(scope, text));
    }

    private int count(String where, MapSqlParameterSource params) {
        Integer count = jdbc.queryForObject("select count(*)" + FROM + " where " + where, params, Integer.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource open(String text, LocalDate today) {
        return CourseRows.search(text).addValue("today", Date.valueOf(today));
    }

    private static MapSqlParameterSource scope(CohortScope scope, String text) {
        return CourseRows.search(text).addValue("all", scope.all())
                .addValue("trainer", scope.trainer() == null ? "" : scope.trainer())
                .addValue("units", scope.unitIds().isEmpty() ? List.of(-1L) : scope.unitIds())
                .addValue("roots", scope.subtreeRootIds().isEmpty() ? List.of(-1L) : scope.subtreeRootIds());
    }

    private static MapSqlParameterSource values(long courseId, long orgUnitId, String trainer, int seats,
                                                LocalDate deadline, CohortStatus status, LocalDate first,
                                                LocalDate last) {
        return new MapSqlParameterSource("courseId", courseId).addValue("orgUnitId", orgUnitId)
                .addValue("trainer", trainer).addValue("seats", seats).addValue("deadline", Date.valueOf(deadline))
                .addValue("status", status.name()).addValue("first", Date.valueOf(first))
                .addValue("last", Date.valueOf(last));
    }

    private static final RowMapper<CohortView> ROW = (rs, i) -> new CohortView(rs.getLong("id"),
            rs.getLong("course_id"), rs.getString("title"), CourseTopic.valueOf(rs.getString("topic")),
            CourseFormat.valueOf(rs.getString("format")), rs.getInt("hours"), rs.getLong("org_unit_id"),
            rs.getString("name_vi"), rs.getString("trainer_username"), rs.getInt("seats"), rs.getInt("seats_taken"),
            rs.getInt("waitlisted"), rs.getDate("enrollment_deadline").toLocalDate(),
            rs.getDate("first_session").toLocalDate(), rs.getDate("last_session").toLocalDate(),
            CohortStatus.valueOf(rs.getString("status")));
}
