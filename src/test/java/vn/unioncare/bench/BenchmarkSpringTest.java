package vn.unioncare.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on the benchmark's PostgreSQL server with the demo data, its DataSource wrapped by a
 * statement counter (M4). Only the bench profile's surefire execution runs classes with this annotation. The overdue
 * scan is moved out of the way: generated tasks are partly overdue, and their notifications are not what is measured.
 * Vaadin runs in development mode here (as in all tests) but without its component tracker, which production mode
 * switches off: it keeps the stack of every component's creation and attachment for the dev tools, about 1.6 MB per
 * open view, and would make M6 (heap per session) measure the dev tools instead of UnionCare.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "unioncare.documents.directory=${java.io.tmpdir}/unioncare-bench-documents-${random.uuid}",
        "unioncare.notifications.overdue-scan-interval=PT24H",
        "logging.level.org.camunda.bpm.engine.jobexecutor=warn",
        "vaadin.devmode.componentTracker.enabled=false"})
@ActiveProfiles({"postgres", "demo"})
@ContextConfiguration(initializers = BenchmarkDatabase.class)
@Import(StatementCounter.class)
public @interface BenchmarkSpringTest {
}
