package vn.unioncare.safety.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Safety report figures of a union's subtree, grouped in the database: reports counted by the workplace's grassroots
 * union and by when the incident occurred ({@code occurred_at} in the period).
 */
@Repository
public class SafetyFiguresQuery {

    /** The people a group of reports names: dead, seriously and lightly injured. */
    public record Casualties(long deaths, long seriouslyInjured, long lightlyInjured) {
    }

    /** Reports of one type and severity ({@code severity} null while not yet classified). */
    public record TypeFigures(String reportType, String severity, long reports, Casualties casualties) {
    }

    /** Reports of a group per severity, with the open investigations already past their legal deadline. */
    public record SeverityCounts(long reports, long accidents, long fatal, long seriousMultiple, long serious, long light,
                                 long hazards, Casualties casualties, long overdueInvestigations) {
    }

    /**
     * A union directly below the root, over its whole subtree, or the root itself ({@code itself}) for reports at its
     * own workplaces.
     */
    public record UnionFigures(long unitId, String code, String nameVi, String nameEn, boolean itself,
                               SeverityCounts counts) {
    }

    private static final String IN_PERIOD = "r.occurred_at >= :start and r.occurred_at < :end";
    private static final String CASUALTIES = " coalesce(sum(r.deaths), 0) as deaths,"
            + " coalesce(sum(r.seriously_injured), 0) as seriously_injured,"
            + " coalesce(sum(r.lightly_injured), 0) as lightly_injured";
    private static final String SEVERITIES = " count(r.id) as reports,"
            + " sum(case when r.report_type = 'accident' then 1 else 0 end) as accidents,"
            + severity("fatal") + " as fatal,"
            + severity("serious-multiple") + " as serious_multiple,"
            + severity("serious") + " as serious,"
            + severity("light") + " as light,"
            + severity("hazard") + " as hazards,"
            + " sum(case when r.outcome = 'OPEN' and r.investigation_due < :today then 1 else 0 end) as overdue,"
            + CASUALTIES;

    private final NamedParameterJdbcTemplate jdbc;

    public SafetyFiguresQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per report type and severity, for workplaces in {@code root}'s subtree; combinations without reports left out. */
    public List<TypeFigures> byTypeAndSeverity(long root, Instant start, Instant end) {
        return jdbc.query("select r.report_type, r.severity, count(*) as reports," + CASUALTIES
                        + " from safety_report r"
                        + " join org_unit_closure s on s.descendant_id = r.grassroots_unit_id and s.ancestor_id = :root"
                        + " where " + IN_PERIOD
                        + " group by r.report_type, r.severity",
                params(root, start, end, null),
                (rs, i) -> new TypeFigures(rs.getString("report_type"), rs.getString("severity"),
                        rs.getLong("reports"), casualties(rs)));
    }

    /**
     * Per union directly below {@code root}, rolled up over its subtree: every active one, an inactive one only with
     * reports; and {@code root} itself when reports came from its own workplaces. Investigations count as overdue
     * when still open with their deadline before {@code today}.
     */
    public List<UnionFigures> byUnionBelow(long root, Instant start, Instant end, LocalDate today) {
        return jdbc.query("select b.id, b.code, b.name_vi, b.name_en, ch.distance," + SEVERITIES
                        + " from org_unit_closure ch"
                        + " join org_unit b on b.id = ch.descendant_id"
                        // a union below counts its subtree; the root only itself, its subtree being the other rows
                        + " join org_unit_closure d on d.ancestor_id = b.id and (ch.distance = 1 or d.distance = 0)"
                        + " left join safety_report r on r.grassroots_unit_id = d.descendant_id and " + IN_PERIOD
                        + " where ch.ancestor_id = :root and ch.distance <= 1"
                        + " group by b.id, b.code, b.name_vi, b.name_en, b.active, ch.distance"
                        + " having (ch.distance = 1 and b.active = true) or count(r.id) > 0",
                params(root, start, end, today),
                (rs, i) -> new UnionFigures(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getInt("distance") == 0, severityCounts(rs)));
    }

    private static SeverityCounts severityCounts(ResultSet rs) throws SQLException {
        return new SeverityCounts(rs.getLong("reports"), rs.getLong("accidents"), rs.getLong("fatal"), rs.getLong("serious_multiple"),
                rs.getLong("serious"), rs.getLong("light"), rs.getLong("hazards"), casualties(rs),
                rs.getLong("overdue"));
    }

    private static Casualties casualties(ResultSet rs) throws SQLException {
        return new Casualties(rs.getLong("deaths"), rs.getLong("seriously_injured"), rs.getLong("lightly_injured"));
    }

    private static String severity(String severity) {
        return " sum(case when r.severity = '" + severity + "' then 1 else 0 end)";
    }

    private static MapSqlParameterSource params(long root, Instant start, Instant end, LocalDate today) {
        return new MapSqlParameterSource("root", root).addValue("start", Timestamp.from(start))
                .addValue("end", Timestamp.from(end))
                .addValue("today", today == null ? null : Date.valueOf(today), java.sql.Types.DATE);
    }
}
