package vn.unioncare.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.unioncare.EmbeddedPostgresDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An embedded PostgreSQL server for the benchmark with memory settings of a small production server (the test
 * suites' server keeps the library's defaults); its settings are printed into the report.
 */
public class BenchmarkDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final Map<String, String> SETTINGS = Map.of("shared_buffers", "1GB", "work_mem", "16MB",
            "maintenance_work_mem", "512MB", "effective_cache_size", "4GB", "max_wal_size", "4GB",
            "random_page_cost", "1.1", "synchronous_commit", "on", "fsync", "on");

    private static EmbeddedPostgres server;

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                SETTINGS.forEach(builder::setServerConfig);
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgresDatabase.pointAt(server(), context);
    }
}
