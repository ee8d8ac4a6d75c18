package vn.unioncare.jobs.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Placement figures of a union's subtree, grouped in the database by the union directly below the root (over its
 * subtree; the root itself for its own members) and by the month a member was referred: referrals, interviews,
 * hires and members still employed at the 90-day check-in, each counted with the month of its referral.
 */
@Repository
public class PlacementFiguresQuery {

    public record MonthFigures(long unitId, String nameVi, String nameEn, boolean itself, int year, int month,
                               long referred, long interviewed, long hired, long stillEmployed90) {
    }

    private static final String YEAR = "extract(year from p.referred_at)";
    private static final String MONTH = "extract(month from p.referred_at)";

    private final NamedParameterJdbcTemplate jdbc;

    public PlacementFiguresQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<MonthFigures> byUnionAndMonth(long root, Instant start, Instant end) {
        return jdbc.query("select b.id, b.name_vi, b.name_en, ch.distance, " + YEAR + " as y, " + MONTH + " as m,"
                        + " count(p.id) as referred,"
                        + " sum(case when p.interviewed = true then 1 else 0 end) as interviewed,"
                        + " sum(case when p.hired = true then 1 else 0 end) as hired,"
                        + " sum(case when p.still_employed_90 = true then 1 else 0 end) as still_employed_90"
                        + " from org_unit_closure ch"
                        + " join org_unit b on b.id = ch.descendant_id"
                        // a union below counts its subtree; the root only itself, its subtree being the other rows
                        + " join org_unit_closure d on d.ancestor_id = b.id and (ch.distance = 1 or d.distance = 0)"
                        + " join job_referral r on r.org_unit_id = d.descendant_id"
                        + " join job_referral_placement p on p.referral_id = r.id"
                        + " and p.referred_at >= :start and p.referred_at < :end"
                        + " where ch.ancestor_id = :root and ch.distance <= 1"
                        + " group by b.id, b.name_vi, b.name_en, ch.distance, " + YEAR + ", " + MONTH,
                new MapSqlParameterSource("root", root).addValue("start", Timestamp.from(start))
                        .addValue("end", Timestamp.from(end)),
                (rs, i) -> new MonthFigures(rs.getLong("id"), rs.getString("name_vi"), rs.getString("name_en"),
                        rs.getInt("distance") == 0, rs.getInt("y"), rs.getInt("m"), rs.getLong("referred"),
                        rs.getLong("interviewed"), rs.getLong("hired"), rs.getLong("still_employed_90")));
    }
}
