package vn.unioncare.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.unioncare.UnionCareSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators read the engine's and UnionCare's figures in Prometheus format; nobody else does. */
@UnionCareSpringTest
class OperationsMetricsTest {

    private static final String PROMETHEUS = "/actuator/prometheus";

    @Autowired
    TestRestTemplate rest;

    @Test
    void anAdministratorReadsEngineQueueAndCaseFiguresInPrometheusFormat() {
        ResponseEntity<String> metrics = rest.withBasicAuth("admin", "demo").getForEntity(PROMETHEUS, String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("unioncare_engine_process_instances_started_total",
                "unioncare_engine_jobs_succeeded_total", "unioncare_engine_jobs_failed_total",
                "unioncare_incidents_open", "unioncare_jobs_due", "unioncare_tasks_open",
                "unioncare_cases{status=\"open\"}", "unioncare_cases{status=\"closed\"}", "jvm_memory_used_bytes");
    }

    @Test
    void officersAndStrangersDoNotReadTheMetrics() {
        assertThat(rest.withBasicAuth("school.chair", "demo").getForEntity(PROMETHEUS, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity(PROMETHEUS, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
