package vn.unioncare.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The one-shot schema step of a production installation ({@code --spring.profiles.active=prod,migrate}): by the time
 * the application has started, Flyway has migrated UnionCare's tables and the engine has created or updated
 * Camunda's; the step then stops, so that the nodes, which never change the schema, can start.
 */
@Component
@Profile("migrate")
class MigrationStep implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationStep.class);

    private final ConfigurableApplicationContext context;

    MigrationStep(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        LOG.info("Database schema of UnionCare and Camunda is up to date; the migration step ends");
        context.close();
    }
}
