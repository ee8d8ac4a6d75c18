package vn.unioncare.tasks.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.common.SearchText;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskRow;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The officer's queues in one SQL query over Camunda's task and identity-link tables joined to the case file and
 * the member: the caller's candidate groups are part of the WHERE clause, a page and a count are all that is read.
 */
@Component
public class TaskQueueQuery {

    private static final Map<String, String> SORTABLE = Map.of(
            "created", "t.CREATE_TIME_", "due", "t.DUE_DATE_", "priority", "t.PRIORITY_", "taskName", "t.NAME_",
            "caseNumber", "c.case_number", "memberName", "m.name_search");

    private static final RowMapper<TaskRow> ROW = (rs, i) -> new TaskRow(rs.getString("task_id"),
            rs.getString("task_name"), rs.getString("process_key"), rs.getString("case_number"),
            rs.getString("member_name"), (Long) rs.getObject("org_unit_id", Long.class), instant(rs.getTimestamp("created")),
            instant(rs.getTimestamp("due")), rs.getInt("priority"), rs.getString("assignee"));

    private final NamedParameterJdbcTemplate jdbc;

    public TaskQueueQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<TaskRow> page(Queue queue, String username, Collection<String> groups, String text, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(queue, username, groups, text, params);
        long total = count(where, params);
        if (total == 0) {
            return Page.empty(page);
        }
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        List<TaskRow> rows = jdbc.query(SELECT + FROM + " where " + where + " order by " + orderBy(page.getSort())
                + " limit :limit offset :offset", params, ROW);
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Open work in the subtrees of the given units, for supervision: overdue first, then the longest waiting.
     * Scoped through the union of each task's case file and the organisation closure table.
     */
    public Page<TaskRow> supervision(Collection<Long> roots, String text, java.time.Instant now, Pageable page) {
        if (roots.isEmpty()) {
            return Page.empty(page);
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("roots", roots)
                .addValue("now", Timestamp.from(now));
        String where = "t.SUSPENSION_STATE_ = 1 and exists (select 1 from org_unit_closure sc"
                + " where sc.descendant_id = c.org_unit_id and sc.ancestor_id in (:roots))" + textCondition(text, params);
        long total = count(where, params);
        if (total == 0) {
            return Page.empty(page);
        }
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        return new PageImpl<>(jdbc.query(SELECT + FROM + " where " + where
                + " order by case when t.DUE_DATE_ is not null and t.DUE_DATE_ < :now then 0 else 1 end,"
                + " t.CREATE_TIME_ asc, t.ID_ limit :limit offset :offset", params, ROW), page, total);
    }

    public long count(Queue queue, String username, Collection<String> groups) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return count(where(queue, username, groups, null, params), params);
    }

    /** Whether the caller may work the task (a candidate, claimed or not, or its assignee): every action re-checks it. */
    public boolean mayWork(String taskId, String username, Collection<String> groups) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = "(t.ASSIGNEE_ = :user or " + candidate(groups, params) + ") and t.ID_ = :taskId";
        params.addValue("user", username).addValue("taskId", taskId);
        return count(where, params) > 0;
    }

    /** Whether the task is in the caller's queues: assigned to them, or unclaimed and open to them. */
    public boolean isInQueues(String taskId, String username, Collection<String> groups) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = "t.SUSPENSION_STATE_ = 1 and (t.ASSIGNEE_ = :user or t.ASSIGNEE_ is null and "
                + candidate(groups, params) + ") and t.ID_ = :taskId";
        params.addValue("user", username).addValue("taskId", taskId);
        return count(where, params) > 0;
    }

    private static String candidate(Collection<String> groups, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("exists (select 1 from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_"
                + " and i.TYPE_ = 'candidate' and (i.USER_ID_ = :user");
        if (!groups.isEmpty()) {
            sql.append(" or i.GROUP_ID_ in (:groups)");
            params.addValue("groups", groups);
        }
        return sql.append("))").toString();
    }

    private static final String SELECT = """
            select t.ID_ as task_id, t.NAME_ as task_name, c.process_key as process_key, c.case_number as case_number,
                   m.full_name as member_name, c.org_unit_id as org_unit_id, t.CREATE_TIME_ as created,
                   t.DUE_DATE_ as due, t.PRIORITY_ as priority, t.ASSIGNEE_ as assignee
            """;

    private static final String FROM = """
            from ACT_RU_TASK t
            left join case_file c on c.process_instance_id = t.PROC_INST_ID_
            left join member m on m.id = c.member_id""";

    private long count(String where, MapSqlParameterSource params) {
        Long total = jdbc.queryForObject("select count(*) " + FROM + " where " + where, params, Long.class);
        return total == null ? 0 : total;
    }

    private static String where(Queue queue, String username, Collection<String> groups, String text,
                                MapSqlParameterSource params) {
        params.addValue("user", username);
        StringBuilder sql = new StringBuilder("t.SUSPENSION_STATE_ = 1");
        if (queue == Queue.MINE) {
            sql.append(" and t.ASSIGNEE_ = :user");
        } else {
            sql.append(" and t.ASSIGNEE_ is null and ").append(candidate(groups, params));
        }
        return sql.append(textCondition(text, params)).toString();
    }

    /** Case number prefix, or a member name by word prefix with diacritics ignored. */
    private static String textCondition(String text, MapSqlParameterSource params) {
        if (text == null || text.isBlank()) {
            return "";
        }
        params.addValue("casePrefix", SearchText.escapeLike(text.strip().toUpperCase(Locale.ROOT)) + "%");
        params.addValue("namePrefix", SearchText.likePrefix(text));
        params.addValue("nameWord", "% " + SearchText.likePrefix(text));
        return " and (c.case_number like :casePrefix escape '\\' or m.name_search like :namePrefix escape '\\'"
                + " or m.name_search like :nameWord escape '\\')";
    }

    private static String orderBy(Sort sort) {
        StringBuilder sql = new StringBuilder();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                sql.append(column).append(order.isAscending() ? " asc" : " desc").append(", ");
            }
        }
        return sql.append("t.CREATE_TIME_ asc, t.ID_").toString();
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
