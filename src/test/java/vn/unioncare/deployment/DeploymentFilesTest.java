package vn.unioncare.deployment;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files an operator deploys with: the compose file is valid, every setting it reads is explained in
 * {@code .env.example}, and every secret the production profile needs reaches the nodes.
 */
class DeploymentFilesTest {

    private static final Path COMPOSE = Path.of("docker/compose.yaml");
    private static final Path ENV_EXAMPLE = Path.of("docker/.env.example");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern PROPERTY_VARIABLE = Pattern.compile("\\$\\{(UNIONCARE_[A-Z0-9_]*)");

    @Test
    void everySettingOfTheComposeFileIsListedInTheEnvironmentExample() throws IOException {
        Set<String> listed = Files.readAllLines(ENV_EXAMPLE).stream().filter(line -> line.matches("[A-Z][A-Z0-9_]*=.*"))
                .map(line -> line.substring(0, line.indexOf('='))).collect(Collectors.toSet());

        assertThat(listed).containsAll(variables(Files.readString(COMPOSE), COMPOSE_VARIABLE));
    }

    @Test
    void everyProductionSettingReachesTheNodes() throws IOException {
        Set<String> needed = new TreeSet<>();
        for (String properties : new String[] {"application.properties", "application-prod.properties"}) {
            needed.addAll(variables(Files.readString(Path.of("src/main/resources", properties)), PROPERTY_VARIABLE));
        }

        String compose = Files.readString(COMPOSE);
        assertThat(needed).isNotEmpty().allSatisfy(variable -> assertThat(compose).contains(variable + ":"));
    }

    @Test
    void theComposeFileIsValid() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")),
                "docker-compose is not installed (apt-get install docker-compose); the compose file is not checked");
        Process check = new ProcessBuilder("/usr/bin/docker-compose", "-f", COMPOSE.toString(), "--env-file",
                ENV_EXAMPLE.toString(), "config", "-q").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());

        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }

    private static Set<String> variables(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
