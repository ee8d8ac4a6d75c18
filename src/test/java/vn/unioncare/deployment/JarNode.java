package vn.unioncare.deployment;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One UnionCare process started the way an operator starts it: {@code java -jar target/unioncare-*.jar} with its
 * settings in environment variables, its standard output (the log) in a file.
 */
final class JarNode implements AutoCloseable {

    /** Small heaps and the quick compiler only: a test machine runs several of these beside the build. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Dfile.encoding=UTF-8");

    private final String name;
    private final int port;
    private final Process process;
    private final Path output;

    private JarNode(String name, int port, Process process, Path output) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.output = output;
    }

    /** The executable jar that {@code ./mvnw package} built; the test is skipped without it (e.g. run from an IDE). */
    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("unioncare-.*\\.jar")).findFirst()
                    .orElse(null);
            Assumptions.assumeTrue(jar != null,
                    "target/unioncare-*.jar is missing: run ./mvnw verify, which packages the jar before these tests");
            return jar;
        } catch (IOException e) {
            Assumptions.abort("target/ is missing: run ./mvnw verify, which packages the jar before these tests");
            throw new UncheckedIOException(e);
        }
    }

    static JarNode start(String name, Map<String, String> environment, String... arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar().toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("unioncare-" + name + "-", ".log");
            // a directory of its own, as in the container: nothing the node writes lands in the project
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).directory(Files.createTempDirectory("unioncare-" + name).toFile());
            builder.environment().putAll(environment);
            return new JarNode(name, port, builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Waits until {@code /actuator/health} answers UP, as the load balancer and the container health check do. */
    JarNode awaitHealthy(Duration patience) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with exit code " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofSeconds(1));
        }
        String tail = tail();
        close();
        throw new IllegalStateException(name + " was not healthy within " + patience + ":\n" + tail);
    }

    /** Waits for a one-shot step (the migration) to end and returns its exit code. */
    int awaitExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not end within " + patience + ":\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** Everything the process wrote to standard output and error so far, line by line. */
    List<String> output() {
        try {
            return Files.readAllLines(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail() {
        List<String> lines = output();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /**
     * Kills the process as a power cut or the kernel's OOM killer would: SIGKILL ({@link Process#destroyForcibly()}
     * on Linux), no shutdown hook, no graceful shutdown. Returns the exit code (137 = 128 + SIGKILL).
     */
    int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still running 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** Stops the node as {@code docker stop} does (SIGTERM, graceful shutdown), forcibly after 25 seconds. */
    @Override
    public void close() {
        closeAll(this);
    }

    /**
     * Stops the nodes at once (each shuts down gracefully), killing those still running after 25 seconds, within the
     * test JVM's own exit timeout.
     */
    static void closeAll(JarNode... nodes) {
        for (JarNode node : nodes) {
            node.process.destroy();
        }
        try {
            for (JarNode node : nodes) {
                if (!node.process.waitFor(25, TimeUnit.SECONDS)) {
                    node.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            for (JarNode node : nodes) {
                node.process.destroyForcibly();
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
