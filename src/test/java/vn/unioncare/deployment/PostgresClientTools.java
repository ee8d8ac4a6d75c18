package vn.unioncare.deployment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's command-line clients ({@code pg_dump}, {@code createdb}, {@code pg_restore}: Debian's
 * {@code postgresql-client}) pointed at one server. The embedded server brings none of them; a test that needs them
 * is skipped, saying why, where they are missing or too old to dump the server.
 */
final class PostgresClientTools {

    private static final Pattern MAJOR = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private final Path directory;
    private final EmbeddedPostgres server;

    private PostgresClientTools(Path directory, EmbeddedPostgres server) {
        this.directory = directory;
        this.server = server;
    }

    static PostgresClientTools forServer(EmbeddedPostgres server, int serverMajor) {
        Path directory = Path.of("/usr/bin");
        Assumptions.assumeTrue(Files.isExecutable(directory.resolve("pg_dump"))
                        && Files.isExecutable(directory.resolve("pg_restore"))
                        && Files.isExecutable(directory.resolve("createdb")),
                "pg_dump, pg_restore and createdb are not installed (apt-get install postgresql-client); "
                        + "backup and restore are not checked");
        PostgresClientTools tools = new PostgresClientTools(directory, server);
        int clientMajor = tools.major();
        Assumptions.assumeTrue(clientMajor >= serverMajor, "pg_dump " + clientMajor + " cannot dump PostgreSQL "
                + serverMajor + "; backup and restore are not checked");
        return tools;
    }

    int major() {
        String version = run("pg_dump", "--version");
        Matcher matcher = MAJOR.matcher(version);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected pg_dump --version: " + version);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Runs the tool against the server (host, port and user filled in) and returns its output; fails on an error. */
    String connected(String tool, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--host=localhost", "--port=" + server.getPort(), "--username=postgres"));
        all.addAll(List.of(arguments));
        return run(tool, all.toArray(String[]::new));
    }

    private String run(String tool, String... arguments) {
        List<String> command = new ArrayList<>(List.of(directory.resolve(tool).toString()));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", "postgres");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
