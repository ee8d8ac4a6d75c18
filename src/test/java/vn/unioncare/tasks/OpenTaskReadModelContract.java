package vn.unioncare.tasks;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.DemoRequests;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.domain.OpenTaskTable;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-task read model behind the supervision view stays equal to Camunda's ACT_RU_TASK through everything the
 * engine does to a task. Runs on H2 and on PostgreSQL.
 */
abstract class OpenTaskReadModelContract {

    /** Tasks of ACT_RU_TASK missing from the read model or differing in it, and rows of tasks the engine no longer has. */
    private static final String DIFFERENCES = """
            select t.ID_ from ACT_RU_TASK t where t.PROC_INST_ID_ is not null and not exists (select 1 from open_task o
              where o.task_id = t.ID_ and o.process_instance_id = t.PROC_INST_ID_ and o.create_time = t.CREATE_TIME_
              and (o.due_date = t.DUE_DATE_ or o.due_date is null and t.DUE_DATE_ is null))
            union all
            select o.task_id from open_task o where not exists (select 1 from ACT_RU_TASK t where t.ID_ = o.task_id)""";

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpenTaskTable table;

    private String taskOf(StartedCase started) {
        return DemoRequests.openTaskOf(started, tasks);
    }

    private List<String> differences() {
        return jdbc.queryForList(DIFFERENCES, String.class);
    }

    private Timestamp dueInReadModel(String taskId) {
        return jdbc.queryForObject("select due_date from open_task where task_id = ?", Timestamp.class, taskId);
    }

    private long rowsOf(String taskId) {
        return jdbc.queryForObject("select count(*) from open_task where task_id = ?", Long.class, taskId);
    }

    @Test
    void theReadModelFollowsTheEngineThroughCreationNewDueDatesReassignmentCompletionAndCancellation() {
        StartedCase replanned = DemoRequests.fromSchoolMember(starter, accounts);
        StartedCase completed = DemoRequests.fromSchoolMember(starter, accounts);
        StartedCase cancelled = DemoRequests.fromSchoolMember(starter, accounts);
        String replannedTask = taskOf(replanned);
        String completedTask = taskOf(completed);
        String cancelledTask = taskOf(cancelled);
        assertThat(List.of(replannedTask, completedTask, cancelledTask)).allMatch(task -> rowsOf(task) == 1);

        Date due = Date.from(Instant.now().minus(Duration.ofDays(3)));
        tasks.setDueDate(replannedTask, due);
        assertThat(dueInReadModel(replannedTask)).isEqualTo(new Timestamp(due.getTime()));
        tasks.claim(replannedTask, "school.chair");
        tasks.setAssignee(replannedTask, "school.deputy");
        tasks.setDueDate(replannedTask, null);
        assertThat(dueInReadModel(replannedTask)).isNull();

        tasks.complete(completedTask);
        // cancelled by an administrator with the model's own listeners skipped: the read model still hears of it
        runtime.deleteProcessInstance(cancelled.processInstanceId(), "withdrawn", true);

        assertThat(rowsOf(completedTask)).isZero();
        assertThat(rowsOf(cancelledTask)).isZero();
        assertThat(rowsOf(replannedTask)).isOne();
        assertThat(differences()).isEmpty();
        assertThat(table.reconcile()).as("nothing for the start-up check to repair").isZero();
        runtime.deleteProcessInstance(replanned.processInstanceId(), "test done");
        assertThat(rowsOf(replannedTask)).isZero();
    }

    @Test
    void theStartUpCheckRepairsRowsChangedBehindTheEnginesBack() {
        StartedCase lost = DemoRequests.fromSchoolMember(starter, accounts);
        StartedCase stale = DemoRequests.fromSchoolMember(starter, accounts);
        String lostTask = taskOf(lost);
        String staleTask = taskOf(stale);
        jdbc.update("delete from open_task where task_id = ?", lostTask);
        jdbc.update("update open_task set due_date = ? where task_id = ?",
                Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")), staleTask);
        jdbc.update("insert into open_task (task_id, process_instance_id, due_date, create_time) values (?, ?, null, ?)",
                "no-such-task", "no-such-instance", Timestamp.from(Instant.now()));
        assertThat(differences()).contains(lostTask, staleTask, "no-such-task");

        assertThat(table.reconcile()).isEqualTo(3);

        assertThat(differences()).isEmpty();
        runtime.deleteProcessInstance(lost.processInstanceId(), "test done");
        runtime.deleteProcessInstance(stale.processInstanceId(), "test done");
    }
}
