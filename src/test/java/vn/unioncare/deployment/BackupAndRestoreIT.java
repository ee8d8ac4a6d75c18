package vn.unioncare.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.deployment.TwoNodesOnOnePostgresIT.eventually;
import static vn.unioncare.deployment.TwoNodesOnOnePostgresIT.json;

/**
 * The backup procedure of docs/deployment.md, end to end: {@code pg_dump} of the production database with its cases,
 * {@code pg_restore} into a new database, and a node from the jar started on the restored database shows the same
 * cases (numbers and states) with the same open tasks.
 */
@ExtendWith(ProductionInstallation.Shared.class)
class BackupAndRestoreIT {

    private static final String RESTORED = "unioncare_restored";

    @Test
    void aDumpRestoredIntoANewDatabaseStartsAsTheSameInstallationWithTheSameCasesAndOpenTasks(
            ProductionInstallation installation) throws IOException {
        JdbcTemplate live = new JdbcTemplate(installation.dataSource());
        PostgresClientTools tools = PostgresClientTools.forServer(installation.server(),
                live.queryForObject("show server_version_num", Integer.class) / 10000);

        // members of three unions ask for hardship assistance, on either node
        String caseNumber = null;
        for (String account : List.of("member", "hospital.member", "factory.member")) {
            WebSession member = WebSession.on(account.equals("member") ? installation.a() : installation.b());
            member.signIn(account, ProductionInstallation.PASSWORD);
            String started = TwoNodesOnOnePostgresIT.startHardshipCase(member);
            caseNumber = caseNumber == null ? started : caseNumber;
        }
        String schoolCase = caseNumber;
        // the backup is taken while nothing is moving: the cases have reached their review tasks, no job is due
        eventually(Duration.ofSeconds(90), () -> live.queryForObject("select count(*) from act_ru_task t join "
                + "case_file c on c.process_instance_id = t.proc_inst_id_ where c.case_number = ?", Integer.class,
                schoolCase), tasks -> tasks == 1);
        eventually(Duration.ofSeconds(90), () -> live.queryForObject("select count(*) from act_ru_job "
                + "where duedate_ is null or duedate_ <= current_timestamp", Integer.class), due -> due == 0);
        List<String> cases = cases(installation.dataSource());
        List<String> openTasks = openTasks(installation.dataSource());

        Path dump = Files.createTempFile("unioncare-", ".dump");
        long backupStarted = System.nanoTime();
        tools.connected("pg_dump", "--format=custom", "--file=" + dump, ProductionInstallation.DATABASE);
        Duration backup = Duration.ofNanos(System.nanoTime() - backupStarted);
        long restoreStarted = System.nanoTime();
        tools.connected("createdb", RESTORED);
        tools.connected("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + RESTORED, dump.toString());
        Duration restore = Duration.ofNanos(System.nanoTime() - restoreStarted);

        DataSource restored = installation.server().getDatabase("postgres", RESTORED);
        assertThat(cases(restored)).isEqualTo(cases).contains(caseNumber + " OPEN");
        assertThat(openTasks(restored)).isEqualTo(openTasks).contains(caseNumber + " Task_ReviewRequest");

        try (JarNode node = installation.startNode("restored", RESTORED)) {
            WebSession chair = WebSession.on(node);
            assertThat(chair.signIn("school.chair", ProductionInstallation.PASSWORD)).endsWith("/");
            assertThat(chair.get("/api/v1/cases/" + caseNumber + "/documents").statusCode()).isEqualTo(200);
            WebSession admin = WebSession.on(node);
            admin.signIn("admin", ProductionInstallation.PASSWORD);
            assertThat(cases).allSatisfy(entry -> assertThat(admin.get("/api/v1/cases/" + entry.split(" ")[0]
                    + "/documents").statusCode()).as(entry).isEqualTo(200));
            WebSession engine = WebSession.basic(node, "admin", ProductionInstallation.PASSWORD);
            JsonNode taskCount = json(engine.get("/engine-rest/task/count"));
            assertThat(taskCount.path("count").asInt()).isEqualTo(openTasks.size());
            JsonNode review = json(engine.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber));
            assertThat(review).hasSize(1);
            assertThat(review.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewRequest");
        }
        System.out.printf("BACKUP: %d cases, %d open tasks; pg_dump %d KB in %.1f s, createdb and pg_restore in "
                        + "%.1f s; a node on the restored database shows the same cases and tasks%n", cases.size(),
                openTasks.size(), Files.size(dump) / 1024, backup.toMillis() / 1000.0, restore.toMillis() / 1000.0);
        Files.delete(dump);
    }

    /** Every case as "number STATUS", in number order. */
    private static List<String> cases(DataSource database) {
        return new JdbcTemplate(database).queryForList(
                "select case_number || ' ' || status from case_file order by case_number", String.class);
    }

    /** Every open task as "case-number task-definition-key", in that order. */
    private static List<String> openTasks(DataSource database) {
        return new JdbcTemplate(database).queryForList("select c.case_number || ' ' || t.task_def_key_ from act_ru_task t "
                + "join case_file c on c.process_instance_id = t.proc_inst_id_ order by 1", String.class);
    }
}
