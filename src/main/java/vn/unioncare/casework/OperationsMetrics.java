package vn.unioncare.casework;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What operators watch, on {@code /actuator/prometheus}: the engine's own counters (process instances started,
 * jobs run and failed), open incidents, due jobs, open tasks and open and closed cases. Each value is one indexed
 * count or the engine's metric sum, read when scraped; scrape every minute or less often.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcTemplate jdbc;

    OperationsMetrics(RuntimeService runtime, TaskService tasks, ManagementService management, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        engineCounter(registry, "unioncare.engine.process.instances.started", Metrics.ROOT_PROCESS_INSTANCE_START,
                "Process instances started (root instances), as the engine counts them");
        engineCounter(registry, "unioncare.engine.jobs.succeeded", Metrics.JOB_SUCCESSFUL, "Jobs run successfully");
        engineCounter(registry, "unioncare.engine.jobs.failed", Metrics.JOB_FAILED, "Job runs that failed");
        Gauge.builder("unioncare.incidents.open", runtime, r -> r.createIncidentQuery().count())
                .description("Open incidents: failed jobs out of retries, to be resolved in Cockpit").register(registry);
        Gauge.builder("unioncare.jobs.due", management, m -> m.createJobQuery().executable().count())
                .description("Jobs due and waiting for the job executor").register(registry);
        Gauge.builder("unioncare.tasks.open", tasks, t -> t.createTaskQuery().count())
                .description("Open user tasks in all queues").register(registry);
        Gauge.builder("unioncare.cases", jdbc, j -> cases(j, "OPEN")).tag("status", "open")
                .description("Case files by status").register(registry);
        Gauge.builder("unioncare.cases", jdbc, j -> cases(j, "CLOSED")).tag("status", "closed")
                .description("Case files by status").register(registry);
    }

    private void engineCounter(MeterRegistry registry, String name, String engineMetric, String description) {
        FunctionCounter.builder(name, management, m -> m.createMetricsQuery().name(engineMetric).sum())
                .description(description).register(registry);
    }

    private static double cases(JdbcTemplate jdbc, String status) {
        Long count = jdbc.queryForObject("select count(*) from case_file where status = ?", Long.class, status);
        return count == null ? 0 : count;
    }
}
