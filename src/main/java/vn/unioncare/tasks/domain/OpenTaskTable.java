package vn.unioncare.tasks.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;

/**
 * The read model of open user tasks (table {@code open_task}, V22) that the supervision view orders by: one row per
 * open task of a process instance with its due date and creation time. The engine's task listener writes it on the
 * engine's own connection, so it commits or rolls back with the task; {@link #reconcile()} repairs it from
 * {@code ACT_RU_TASK} (at start-up, after rows were copied into the engine's tables by other means).
 */
@Component
public class OpenTaskTable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenTaskTable.class);

    private final JdbcTemplate jdbc;

    public OpenTaskTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an open task or its new due date (H2 and PostgreSQL 14 share no upsert statement). */
    public static void save(Connection connection, String taskId, String processInstanceId, Date due, Date created)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update open_task set due_date = ? where task_id = ?")) {
            update.setTimestamp(1, timestamp(due));
            update.setString(2, taskId);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into open_task (task_id, process_instance_id, due_date, create_time) values (?, ?, ?, ?)")) {
            insert.setString(1, taskId);
            insert.setString(2, processInstanceId);
            insert.setTimestamp(3, timestamp(due));
            insert.setTimestamp(4, timestamp(created == null ? new Date() : created));
            insert.executeUpdate();
        }
    }

    /** Forgets a completed or deleted task. */
    public static void remove(Connection connection, String taskId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from open_task where task_id = ?")) {
            delete.setString(1, taskId);
            delete.executeUpdate();
        }
    }

    /**
     * Makes the read model equal to the open user tasks of process instances in {@code ACT_RU_TASK}: removes rows of
     * tasks that are gone, adds missing tasks, corrects due dates. Returns how many rows it changed (0 when the
     * listener kept it consistent).
     */
    @Transactional
    public int reconcile() {
        int removed = jdbc.update("delete from open_task where not exists"
                + " (select 1 from ACT_RU_TASK t where t.ID_ = open_task.task_id)");
        int added = jdbc.update("""
                insert into open_task (task_id, process_instance_id, due_date, create_time)
                select t.ID_, t.PROC_INST_ID_, t.DUE_DATE_, t.CREATE_TIME_ from ACT_RU_TASK t
                where t.PROC_INST_ID_ is not null
                  and not exists (select 1 from open_task o where o.task_id = t.ID_)""");
        int corrected = jdbc.update("""
                update open_task set due_date = (select t.DUE_DATE_ from ACT_RU_TASK t where t.ID_ = open_task.task_id)
                where exists (select 1 from ACT_RU_TASK t where t.ID_ = open_task.task_id
                  and (t.DUE_DATE_ <> open_task.due_date or (t.DUE_DATE_ is null) <> (open_task.due_date is null)))""");
        if (removed + added + corrected > 0) {
            LOG.info("Open task read model reconciled with the engine: {} removed, {} added, {} due dates corrected",
                    removed, added, corrected);
        }
        return removed + added + corrected;
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
