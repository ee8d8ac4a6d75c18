package vn.unioncare.notification.domain;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open tasks past their due date that nobody has been told about yet, read a page at a time from Camunda's task
 * table in task-id order, and the marks that record a noticed due date.
 */
@Component
public class OverdueTaskQuery {

    /** An overdue task; {@code assignee} and {@code caseNumber} may be null. */
    public record OverdueTask(String id, String name, String assignee, Instant due, String caseNumber) {
    }

    /** Who may take an unassigned task: candidate users and candidate groups. */
    public record Candidates(Set<String> users, Set<String> groups) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public OverdueTaskQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next page of un-noticed overdue tasks after task id {@code afterId} (empty string for the first page). */
    public List<OverdueTask> page(Instant now, String afterId, int size) {
        return jdbc.query("""
                select t.ID_, t.NAME_, t.ASSIGNEE_, t.DUE_DATE_, c.case_number
                from ACT_RU_TASK t left join case_file c on c.process_instance_id = t.PROC_INST_ID_
                where t.DUE_DATE_ < :now and t.SUSPENSION_STATE_ = 1 and t.ID_ > :after
                  and not exists (select 1 from task_overdue_notice n where n.task_id = t.ID_ and n.due_date = t.DUE_DATE_)
                order by t.ID_ limit :size
                """, Map.of("now", Timestamp.from(now), "after", afterId, "size", size),
                (rs, i) -> new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)));
    }

    public Candidates candidates(String taskId) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        jdbc.query("select USER_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ = :task and TYPE_ = 'candidate'",
                Map.of("task", taskId), rs -> {
                    if (rs.getString(1) != null) {
                        users.add(rs.getString(1));
                    }
                    if (rs.getString(2) != null) {
                        groups.add(rs.getString(2));
                    }
                });
        return new Candidates(users, groups);
    }

    /**
     * Records that this due date of the task has been noticed. Throws a duplicate-key exception when another node
     * noticed it first; callers run it first in a transaction of its own.
     */
    public void markNoticed(String taskId, Instant due, Instant now) {
        jdbc.update("insert into task_overdue_notice (task_id, due_date, noticed_at) values (:task, :due, :now)",
                Map.of("task", taskId, "due", Timestamp.from(due), "now", Timestamp.from(now)));
    }
}
