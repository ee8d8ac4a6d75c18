package vn.unioncare;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Starts one PostgreSQL server per test run and points the {@code postgres} profile's variables at it. */
public class EmbeddedPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres server;

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        pointAt(server(), context);
    }

    /** Points the {@code postgres} profile's variables at the server's {@code postgres} database. */
    public static void pointAt(EmbeddedPostgres server, ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "UNIONCARE_DB_URL=" + server.getJdbcUrl("postgres", "postgres"),
                "UNIONCARE_DB_USER=postgres",
                "UNIONCARE_DB_PASSWORD=postgres"
        ).applyTo(context);
    }
}
