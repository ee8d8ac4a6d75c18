package vn.unioncare.deployment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.unioncare.EmbeddedPostgresDatabase;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A production installation on this machine, as docs/deployment.md describes it but without Docker: one PostgreSQL
 * (embedded), the one-shot migration step and two nodes {@code a} and {@code b} from the built jar on the {@code prod}
 * profile, the job executor on both, settings in environment variables, one documents directory. Node {@code a} logs
 * JSON ({@code UNIONCARE_LOG_FORMAT=ecs}), node {@code b} plain text. Started once per test run and shared
 * ({@link Shared}).
 * <p>
 * The installation starts from the demo federation (its unions, officers and members), whose officers have since
 * replaced the demo password by {@link #PASSWORD}: the production profile refuses to start otherwise.
 */
final class ProductionInstallation implements ExtensionContext.Store.CloseableResource {

    static final String DATABASE = "cluster";
    static final String PASSWORD = "Cong-Doan-Viet-Nam-1929!";
    static final Duration START_PATIENCE = Duration.ofMinutes(4);
    private static final String KEY = "cHJvZHVjdGlvbi10ZXN0LWtleS0zMi1ieXRlcy1vayE=";
    private static final String PEPPER = "dHdvLW5vZGVzLXRlc3QtcGVwcGVyLTMyLWNoYXJhY3RlcnM=";

    private final EmbeddedPostgres server;
    private final Path documents;
    private final JarNode a;
    private final JarNode b;
    private final Duration startUp;

    private ProductionInstallation(EmbeddedPostgres server, Path documents, JarNode a, JarNode b, Duration startUp) {
        this.server = server;
        this.documents = documents;
        this.a = a;
        this.b = b;
        this.startUp = startUp;
    }

    /**
     * Hands the installation to test classes ({@code @ExtendWith(ProductionInstallation.Shared.class)} and a parameter
     * of this type): installed for the first, shared by the rest, its nodes stopped when all tests have run, while
     * the database is still there to let them shut down gracefully.
     */
    static final class Shared implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ProductionInstallation.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
                    ProductionInstallation.class, type -> install(), ProductionInstallation.class);
        }
    }

    @Override
    public void close() {
        JarNode.closeAll(a, b);
    }

    private static ProductionInstallation install() {
        JarNode.jar();
        long started = System.nanoTime();
        EmbeddedPostgres server = EmbeddedPostgresDatabase.server();
        Path documents = documentsDirectory();
        Map<String, String> environment = migrated(server, DATABASE, documents);

        Map<String, String> json = new HashMap<>(environment);
        json.put("UNIONCARE_LOG_FORMAT", "ecs");
        CompletableFuture<JarNode> a = CompletableFuture.supplyAsync(
                () -> JarNode.start("a", json).awaitHealthy(START_PATIENCE));
        CompletableFuture<JarNode> b = CompletableFuture.supplyAsync(
                () -> JarNode.start("b", environment).awaitHealthy(START_PATIENCE));
        try {
            return new ProductionInstallation(server, documents, a.join(), b.join(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException failed) {
            for (CompletableFuture<JarNode> node : List.of(a, b)) {
                if (!node.isCompletedExceptionally()) {
                    node.join().close();
                }
            }
            throw failed;
        }
    }

    static Path documentsDirectory() {
        try {
            return Files.createTempDirectory("unioncare-documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the database, runs the one-shot migration step on it with the demo federation and gives every account
     * {@link #PASSWORD}; returns the environment of a node on it.
     */
    static Map<String, String> migrated(EmbeddedPostgres server, String database, Path documents) {
        new JdbcTemplate(server.getPostgresDatabase()).execute("create database " + database);
        Map<String, String> environment = environment(server, database, documents);
        JarNode migration = JarNode.start("migrate-" + database, environment,
                "--spring.profiles.active=prod,migrate,demo",
                // the demo accounts arrive with the demo password, replaced below before any node starts
                "--unioncare.security.refuse-demo-passwords=false");
        int exit = migration.awaitExit(START_PATIENCE);
        if (exit != 0) {
            throw new IllegalStateException("the migration step failed (" + exit + "):\n" + migration.tail());
        }
        new JdbcTemplate(server.getDatabase("postgres", database)).update("update app_user set password_hash = ?",
                new BCryptPasswordEncoder().encode(PASSWORD));
        return environment;
    }

    /** What an operator puts into docker/.env for a node on the given database (no profile but {@code prod}). */
    static Map<String, String> environment(EmbeddedPostgres server, String database, Path documents) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "prod");
        environment.put("UNIONCARE_DB_URL", server.getJdbcUrl("postgres", database));
        environment.put("UNIONCARE_DB_USER", "postgres");
        environment.put("UNIONCARE_DB_PASSWORD", "postgres");
        environment.put("UNIONCARE_ENCRYPTION_KEY", KEY);
        environment.put("UNIONCARE_TRACKING_PEPPER", PEPPER);
        environment.put("UNIONCARE_PUBLIC_URL", "https://unioncare.example.vn");
        environment.put("UNIONCARE_DOCUMENTS_DIRECTORY", documents.toString());
        environment.put("UNIONCARE_LOG_FORMAT", "");
        return environment;
    }

    /** A further node of this installation on another database of the same server (a restored backup). */
    JarNode startNode(String name, String database) {
        return JarNode.start(name, environment(server, database, documents)).awaitHealthy(START_PATIENCE);
    }

    EmbeddedPostgres server() {
        return server;
    }

    DataSource dataSource() {
        return server.getDatabase("postgres", DATABASE);
    }

    JarNode a() {
        return a;
    }

    JarNode b() {
        return b;
    }

    /** From creating the database to both nodes healthy: migration, then the two nodes side by side. */
    Duration startUp() {
        return startUp;
    }
}
