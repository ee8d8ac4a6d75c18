package vn.unioncare.training.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Training figures of a union's subtree, grouped in the database: enrollments requested in the period counted by
 * the member's union. Enrolled: the member got a place (confirmed, certified or incomplete); attended: present at one
 * session at least; certified: passed.
 */
@Repository
public class TrainingFiguresQuery {

    /** Enrolled, attended and certified members of a group. */
    public record Counts(long enrolled, long attended, long certified) {
    }

    /** A union directly below the root over its subtree, or the root itself ({@code itself}) for its own members. */
    public record UnionCounts(long unitId, String nameVi, String nameEn, boolean itself, Counts counts) {
    }

    public record TopicCounts(String topic, Counts counts) {
    }

    private static final String ENROLLED = """
            select e.id, e.cohort_id, m.org_unit_id,
                   case when e.status = 'CERTIFIED' then 1 else 0 end as certified,
                   case when exists (select 1 from training_attendance a where a.enrollment_id = e.id
                                     and a.present = true) then 1 else 0 end as attended
            from training_enrollment e join member m on m.id = e.member_id
            where e.status in ('CONFIRMED', 'CERTIFIED', 'INCOMPLETE')
              and e.requested_at >= :start and e.requested_at < :end
            """;
    private static final String COUNTS = " count(x.id) as enrolled, coalesce(sum(x.attended), 0) as attended,"
            + " coalesce(sum(x.certified), 0) as certified";

    private final NamedParameterJdbcTemplate jdbc;

    public TrainingFiguresQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per union directly below {@code root} (every active one, an inactive one only with figures) and the root. */
    public List<UnionCounts> byUnionBelow(long root, Instant start, Instant end) {
        return jdbc.query("select b.id, b.name_vi, b.name_en, ch.distance," + COUNTS
                        + " from org_unit_closure ch"
                        + " join org_unit b on b.id = ch.descendant_id"
                        // a union below counts its subtree; the root only itself, its subtree being the other rows
                        + " join org_unit_closure d on d.ancestor_id = b.id and (ch.distance = 1 or d.distance = 0)"
                        + " left join (" + ENROLLED + ") x on x.org_unit_id = d.descendant_id"
                        + " where ch.ancestor_id = :root and ch.distance <= 1"
                        + " group by b.id, b.name_vi, b.name_en, b.active, ch.distance"
                        + " having (ch.distance = 1 and b.active = true) or count(x.id) > 0",
                params(root, start, end), (rs, i) -> new UnionCounts(rs.getLong("id"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getInt("distance") == 0, counts(rs)));
    }

    /** Per course topic, for members in {@code root}'s subtree; topics without enrollments left out. */
    public List<TopicCounts> byTopic(long root, Instant start, Instant end) {
        return jdbc.query("select k.topic," + COUNTS + " from (" + ENROLLED + ") x"
                        + " join org_unit_closure s on s.descendant_id = x.org_unit_id and s.ancestor_id = :root"
                        + " join training_cohort c on c.id = x.cohort_id"
                        + " join training_course k on k.id = c.course_id"
                        + " group by k.topic",
                params(root, start, end), (rs, i) -> new TopicCounts(rs.getString("topic"), counts(rs)));
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getLong("enrolled"), rs.getLong("attended"), rs.getLong("certified"));
    }

    private static MapSqlParameterSource params(long root, Instant start, Instant end) {
        return new MapSqlParameterSource("root", root).addValue("start", Timestamp.from(start))
                .addValue("end", Timestamp.from(end));
    }
}
