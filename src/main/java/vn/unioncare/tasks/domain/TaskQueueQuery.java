package vn.unioncare.tasks.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseStatus;
import vn.unioncare.common.CappedCount;
import vn.unioncare.common.SearchText;
import vn.unioncare.common.TwoRanges;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskFilter;
import vn.unioncare.tasks.TaskRow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The officer's queues in one SQL query over Camunda's task and identity-link tables joined to the case file and
 * the member: the caller's candidate groups and the filter are part of the WHERE clause, a page and a count are all
 * that is read.
 */
@Component
public class TaskQueueQuery {

    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("created", "t.CREATE_TIME_"), Map.entry("due", "t.DUE_DATE_"),
            Map.entry("followUp", "t.FOLLOW_UP_DATE_"), Map.entry("priority", "t.PRIORITY_"),
            Map.entry("taskName", "t.NAME_"), Map.entry("processName", "pd.NAME_"),
            Map.entry("caseNumber", "c.case_number"), Map.entry("memberName", "m.name_search"),
            Map.entry("union", "u.name_search"), Map.entry("assignee", "t.ASSIGNEE_"));

    private static final RowMapper<TaskRow> ROW = (rs, i) -> new TaskRow(rs.getString("task_id"),
            rs.getString("task_name"), rs.getString("process_key"), rs.getString("process_name"),
            rs.getString("case_number"), rs.getString("member_name"), rs.getObject("org_unit_id", Long.class),
            rs.getString("union_vi"), rs.getString("union_en"),
            instant(rs.getTimestamp("created")), instant(rs.getTimestamp("due")), instant(rs.getTimestamp("follow_up")),
            rs.getInt("priority"), rs.getString("assignee"), rs.getString("on_behalf_of"));

    private static final String JOINS = """
            left join ACT_RE_PROCDEF pd on pd.ID_ = t.PROC_DEF_ID_
            left join case_file c on c.process_instance_id = t.PROC_INST_ID_
            left join member m on m.id = c.member_id
            left join org_unit u on u.id = c.org_unit_id""";

    private static final String FROM = "from ACT_RU_TASK t\n" + JOINS;

    /** Supervision reads the open-task read model (V22) for its order, the engine's task for everything else. */
    private static final String SUPERVISION_FROM = "from open_task o join ACT_RU_TASK t on t.ID_ = o.task_id\n" + JOINS;

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationService organisation;

    public TaskQueueQuery(NamedParameterJdbcTemplate jdbc, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    public Page<TaskRow> page(Queue queue, QueueRequest request, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = queueCondition(queue, request, params) + filterCondition(request, params);
        return page(where, select(onBehalfOf(queue, request, params)), orderBy(page.getSort(), "t.CREATE_TIME_ asc, t.ID_"),
                params, page);
    }

    public long count(Queue queue, QueueRequest request) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return count(queueCondition(queue, request, params) + filterCondition(request, params), params);
    }

    /**
     * Open work in the subtrees of the given units, for supervision: overdue first, then the longest waiting; the
     * total is counted up to {@code countCap} + 1 only. Scoped through each task's case file and the organisation
     * closure table; when the roots cover every unit (the city federation) the closure is left out, since it would
     * only join all open tasks to all units.
     * <p>
     * Without a sort chosen by the officer the page is read as two ranges instead of sorting all open work by a
     * {@code case} expression: the overdue work in creation order, and only when the page reaches past it, the rest
     * in the same order (docs/benchmarks.md, M2). Both come from the open-task read model ({@link OpenTaskTable}),
     * whose indexes on the due date and the creation time serve either range whether few or most tasks are overdue;
     * ACT_RU_TASK has neither index.
     * A sort of the officer's choice keeps overdue first with the {@code case} expression and sorts all matches.
     */
    public Page<TaskRow> supervision(Collection<Long> roots, QueueRequest request, Pageable page, long countCap) {
        if (roots.isEmpty()) {
            return Page.empty(page);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        // an open task belongs to an open case (the case closes when its instance ends): with the status the
        // subtree's case files are read from their index by union and status, not with every closed case among them
        String where = "t.SUSPENSION_STATE_ = 1 and c.status = '" + CaseStatus.OPEN.name() + "' and "
                + subtreeCondition(roots, params)
                + filterCondition(request, params);
        long total = CappedCount.count(jdbc, SUPERVISION_FROM + " where " + where, params, countCap);
        if (total == 0) {
            return Page.empty(page);
        }
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        String select = select("t.OWNER_");
        if (page.getSort().isSorted()) {
            return new PageImpl<>(jdbc.query(select + SUPERVISION_FROM + " where " + where
                    + " order by case when o.due_date < :now then 0 else 1 end, "
                    + orderBy(page.getSort(), "t.CREATE_TIME_ asc, t.ID_") + " limit :limit offset :offset",
                    params, ROW), page, total);
        }
        return new PageImpl<>(TwoRanges.page(range(select, where + " and o.due_date < :now", params),
                range(select, where + " and (o.due_date is null or o.due_date >= :now)", params), page), page, total);
    }

    /** Open work of the supervision view in creation order, longest waiting first. */
    private TwoRanges.Range<TaskRow> range(String select, String where, MapSqlParameterSource params) {
        return new TwoRanges.Range<>() {
            @Override
            public List<TaskRow> slice(long offset, int limit) {
                return jdbc.query(select + SUPERVISION_FROM + " where " + where + " order by o.create_time, o.task_id"
                        + " limit :limit offset :offset", new MapSqlParameterSource(params.getValues())
                        .addValue("limit", limit).addValue("offset", offset), ROW);
            }

            @Override
            public long countUpTo(long cap) {
                return CappedCount.count(jdbc, SUPERVISION_FROM + " where " + where,
                        new MapSqlParameterSource(params.getValues()), cap);
            }
        };
    }

    private String subtreeCondition(Collection<Long> roots, MapSqlParameterSource params) {
        params.addValue("roots", roots);
        if (organisation.coversEveryUnit(roots)) {
            return "c.org_unit_id is not null";
        }
        // an exists outside any "or", which PostgreSQL plans as a semi-join (H2 2.x miscounts "in (select ...)" here)
        return "exists (select 1 from org_unit_closure sc where sc.descendant_id = c.org_unit_id"
                + " and sc.ancestor_id in (:roots))";
    }

    /** Whether the caller may work the task (a candidate, claimed or not, or its assignee): every action re-checks it. */
    public boolean mayWork(String taskId, String username, Collection<String> groups) {
        MapSqlParameterSource params = new MapSqlParameterSource("user", username).addValue("taskId", taskId);
        return count("(t.ASSIGNEE_ = :user or " + candidate(groups, "groups", params) + ") and t.ID_ = :taskId",
                params) > 0;
    }

    /** Whether the task is in the caller's queues: assigned to them, or unclaimed and open to them. */
    public boolean isInQueues(String taskId, String username, Collection<String> groups) {
        MapSqlParameterSource params = new MapSqlParameterSource("user", username).addValue("taskId", taskId);
        return count("t.SUSPENSION_STATE_ = 1 and (t.ASSIGNEE_ = :user or t.ASSIGNEE_ is null and "
                + candidate(groups, "groups", params) + ") and t.ID_ = :taskId", params) > 0;
    }

    /** The candidate groups of an open task, for choosing colleagues to hand it to. */
    public List<String> candidateGroups(String taskId) {
        return jdbc.queryForList("select GROUP_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ = :taskId"
                + " and TYPE_ = 'candidate' and GROUP_ID_ is not null", Map.of("taskId", taskId), String.class);
    }

    private Page<TaskRow> page(String where, String select, String orderBy, MapSqlParameterSource params,
                               Pageable page) {
        long total = count(where, params);
        if (total == 0) {
            return Page.empty(page);
        }
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        return new PageImpl<>(jdbc.query(select + FROM + " where " + where + " order by " + orderBy
                + " limit :limit offset :offset", params, ROW), page, total);
    }

    private long count(String where, MapSqlParameterSource params) {
        Long total = jdbc.queryForObject("select count(*) " + FROM + " where " + where, params, Long.class);
        return total == null ? 0 : total;
    }

    private static String select(String onBehalfOf) {
        return """
                select t.ID_ as task_id, t.NAME_ as task_name, pd.KEY_ as process_key, pd.NAME_ as process_name,
                       c.case_number as case_number, m.full_name as member_name, c.org_unit_id as org_unit_id,
                       u.name_vi as union_vi, u.name_en as union_en,
                       t.CREATE_TIME_ as created, t.DUE_DATE_ as due, t.FOLLOW_UP_DATE_ as follow_up,
                       t.PRIORITY_ as priority, t.ASSIGNEE_ as assignee, %s as on_behalf_of
                """.formatted(onBehalfOf);
    }

    private static String queueCondition(Queue queue, QueueRequest request, MapSqlParameterSource params) {
        params.addValue("user", request.username());
        if (queue == Queue.MINE) {
            return "t.SUSPENSION_STATE_ = 1 and t.ASSIGNEE_ = :user";
        }
        return "t.SUSPENSION_STATE_ = 1 and t.ASSIGNEE_ is null and "
                + candidate(request.allGroups(), "groups", params);
    }

    /**
     * In "my tasks" the owner of a delegated or substituted task; in the union queue the absent colleague whose
     * candidate group brought the task in, unless one of my own groups did.
     */
    private static String onBehalfOf(Queue queue, QueueRequest request, MapSqlParameterSource params) {
        if (queue == Queue.MINE || request.coveredGroups().isEmpty()) {
            return "t.OWNER_";
        }
        StringBuilder sql = new StringBuilder("case when ")
                .append(candidate(request.ownGroups(), "ownGroups", params)).append(" then null");
        int i = 0;
        for (Map.Entry<String, Collection<String>> covered : request.coveredGroups().entrySet()) {
            String name = "covered" + i++;
            params.addValue(name + "Principal", covered.getKey());
            sql.append(" when ").append(candidate(covered.getValue(), name, params))
                    .append(" then :").append(name).append("Principal");
        }
        return sql.append(" else t.OWNER_ end").toString();
    }

    private static String candidate(Collection<String> groups, String groupsParam, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("exists (select 1 from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_"
                + " and i.TYPE_ = 'candidate' and (i.USER_ID_ = :user");
        if (!groups.isEmpty()) {
            sql.append(" or i.GROUP_ID_ in (:").append(groupsParam).append(")");
            params.addValue(groupsParam, groups);
        }
        return sql.append("))").toString();
    }

    private static String filterCondition(QueueRequest request, MapSqlParameterSource params) {
        TaskFilter filter = request.filter();
        params.addValue("now", Timestamp.from(request.now()));
        StringBuilder sql = new StringBuilder();
        if (filter.processKey() != null) {
            sql.append(" and pd.KEY_ = :processKey");
            params.addValue("processKey", filter.processKey());
        }
        if (filter.taskName() != null) {
            sql.append(" and t.NAME_ = :taskName");
            params.addValue("taskName", filter.taskName());
        }
        if (filter.orgUnitId() != null) {
            sql.append(" and exists (select 1 from org_unit_closure fc where fc.descendant_id = c.org_unit_id"
                    + " and fc.ancestor_id = :filterUnit)");
            params.addValue("filterUnit", filter.orgUnitId());
        }
        if (filter.priority() != null) {
            sql.append(" and t.PRIORITY_ between :priorityFrom and :priorityTo");
            params.addValue("priorityFrom", filter.priority().from()).addValue("priorityTo", filter.priority().to());
        }
        if (filter.dueState() != null) {
            params.addValue("tomorrow", Timestamp.from(request.startOfTomorrow()));
            sql.append(switch (filter.dueState()) {
                case OVERDUE -> " and t.DUE_DATE_ < :now";
                case DUE_TODAY -> " and t.DUE_DATE_ >= :now and t.DUE_DATE_ < :tomorrow";
                case LATER -> " and t.DUE_DATE_ >= :tomorrow";
                case NO_DUE_DATE -> " and t.DUE_DATE_ is null";
            });
        }
        return sql.append(textCondition(filter.text(), params)).toString();
    }

    /** Case number prefix, or a member name by word prefix with diacritics ignored. */
    private static String textCondition(String text, MapSqlParameterSource params) {
        if (text == null) {
            return "";
        }
        params.addValue("casePrefix", SearchText.escapeLike(text.toUpperCase(Locale.ROOT)) + "%");
        params.addValue("namePrefix", SearchText.likePrefix(text));
        params.addValue("nameWord", "% " + SearchText.likePrefix(text));
        return " and (c.case_number like :casePrefix escape '\\' or m.name_search like :namePrefix escape '\\'"
                + " or m.name_search like :nameWord escape '\\')";
    }

    private static String orderBy(Sort sort, String tieBreak) {
        StringBuilder sql = new StringBuilder();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                sql.append(column).append(order.isAscending() ? " asc" : " desc").append(", ");
            }
        }
        return sql.append(tieBreak).toString();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
