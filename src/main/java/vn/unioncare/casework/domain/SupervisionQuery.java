package vn.unioncare.casework.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The supervision figures as grouped SQL over case files, Camunda's task tables and the organisation closure table:
 * only counts and averages per union or step leave the database. Every figure is grouped by the union directly below
 * the reported one on the way down to the case's union ({@code bucket}), or the reported union itself for cases filed
 * there. The caller passes the case visibility rule ({@code casePredicate} on alias {@code c}) and its parameters.
 */
@Component
public class SupervisionQuery {

    public record UnitBelow(long id, String code, String nameVi, String nameEn, boolean active, boolean hasUnitsBelow) {
    }

    public record CaseCount(long unitId, String processKey, long count) {
    }

    public record TaskCount(long unitId, long open, long overdue) {
    }

    public record StepRow(String processKey, String taskKey, String taskName, long completed, double averageMillis) {
    }

    /**
     * Cases within {@code :unit}'s subtree; {@code bucket} is the ancestor of the case's union one step below
     * {@code :unit} (the closure row at one less distance), absent for cases at {@code :unit} itself.
     */
    private static final String IN_SUBTREE = """
             join org_unit_closure s on s.descendant_id = c.org_unit_id and s.ancestor_id = :unit
             left join org_unit_closure bucket on bucket.descendant_id = c.org_unit_id
                  and bucket.distance = s.distance - 1
            """;
    private static final String BUCKET = "coalesce(bucket.ancestor_id, s.ancestor_id)";

    private final NamedParameterJdbcTemplate jdbc;

    public SupervisionQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the unit is one of {@code roots} or below one of them. */
    public boolean isWithin(long unitId, Collection<Long> roots) {
        if (roots.isEmpty()) {
            return false;
        }
        Long count = jdbc.queryForObject("select count(*) from org_unit_closure where descendant_id = :unit"
                + " and ancestor_id in (:roots)", new MapSqlParameterSource("unit", unitId).addValue("roots", roots),
                Long.class);
        return count != null && count > 0;
    }

    /** The unions directly below the unit, and whether each has unions below it in turn. */
    public List<UnitBelow> unitsBelow(long unitId) {
        return jdbc.query("""
                select u.id, u.code, u.name_vi, u.name_en, u.active,
                       case when exists (select 1 from org_unit_closure g where g.ancestor_id = u.id and g.distance = 1)
                            then 1 else 0 end as has_below
                from org_unit_closure ch
                join org_unit u on u.id = ch.descendant_id
                where ch.ancestor_id = :unit and ch.distance = 1
                """, new MapSqlParameterSource("unit", unitId), (rs, i) -> new UnitBelow(rs.getLong("id"),
                rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getBoolean("active"),
                rs.getInt("has_below") == 1));
    }

    public List<CaseCount> openCases(long unitId, String casePredicate, MapSqlParameterSource params) {
        params.addValue("unit", unitId);
        return jdbc.query("select " + BUCKET + " as unit_id, c.process_key, count(*) as open_cases"
                        + " from case_file c" + IN_SUBTREE
                        + " where c.status = 'OPEN' and " + casePredicate
                        + " group by " + BUCKET + ", c.process_key", params,
                (rs, i) -> new CaseCount(rs.getLong("unit_id"), rs.getString("process_key"), rs.getLong("open_cases")));
    }

    /** Active tasks of cases in the subtree, and how many of them are past their due date at {@code now}. */
    public List<TaskCount> openTasks(long unitId, Instant now, String casePredicate, MapSqlParameterSource params) {
        params.addValue("unit", unitId).addValue("now", Timestamp.from(now));
        return jdbc.query("select " + BUCKET + " as unit_id, count(*) as open_tasks,"
                        + " sum(case when t.DUE_DATE_ < :now then 1 else 0 end) as overdue_tasks"
                        + " from ACT_RU_TASK t join case_file c on c.process_instance_id = t.PROC_INST_ID_" + IN_SUBTREE
                        + " where t.SUSPENSION_STATE_ = 1 and " + casePredicate
                        + " group by " + BUCKET, params,
                (rs, i) -> new TaskCount(rs.getLong("unit_id"), rs.getLong("open_tasks"), rs.getLong("overdue_tasks")));
    }

    /** Per process and step: tasks completed in [start, end) for cases in the subtree, and their average duration. */
    public List<StepRow> stepTimes(long unitId, Instant start, Instant end, String casePredicate,
                                   MapSqlParameterSource params) {
        params.addValue("unit", unitId).addValue("start", Timestamp.from(start)).addValue("end", Timestamp.from(end));
        return jdbc.query("""
                        select h.PROC_DEF_KEY_ as process_key, h.TASK_DEF_KEY_ as task_key, max(h.NAME_) as task_name,
                               count(*) as completed, avg(cast(h.DURATION_ as double precision)) as average_ms
                        from ACT_HI_TASKINST h
                        join case_file c on c.process_instance_id = h.PROC_INST_ID_
                        join org_unit_closure s on s.descendant_id = c.org_unit_id and s.ancestor_id = :unit
                        where h.END_TIME_ >= :start and h.END_TIME_ < :end and h.DELETE_REASON_ = 'completed'
                          and h.DURATION_ is not null and\s""" + casePredicate + """
                         group by h.PROC_DEF_KEY_, h.TASK_DEF_KEY_
                         order by h.PROC_DEF_KEY_, average_ms desc""", params,
                (rs, i) -> new StepRow(rs.getString("process_key"), rs.getString("task_key"), rs.getString("task_name"),
                        rs.getLong("completed"), rs.getDouble("average_ms")));
    }
}
