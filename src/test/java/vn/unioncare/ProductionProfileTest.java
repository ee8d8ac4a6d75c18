package vn.unioncare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The {@code prod} profile on PostgreSQL refuses to start where it would be unsafe. Runs in its own JVM. */
class ProductionProfileTest {

    private static final String KEY = "cHJvZHVjdGlvbi10ZXN0LWtleS0zMi1ieXRlcy1vayE=";
    private static final String PEPPER = "--UNIONCARE_TRACKING_PEPPER=cHJvZHVjdGlvbi10ZXN0LXBlcHBlci0zMi1jaGFycw==";
    private static String url;

    @BeforeAll
    static void databaseWithDemoAccounts() throws SQLException {
        var server = EmbeddedPostgresDatabase.server();
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database prodcheck");
        }
        url = server.getJdbcUrl("postgres", "prodcheck");
        // an installation that was first run with the demo data
        start("postgres,demo").close();
    }

    private static ConfigurableApplicationContext start(String profiles, String... extra) {
        return startOn(url, profiles, extra);
    }

    private static ConfigurableApplicationContext startOn(String databaseUrl, String profiles, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=" + profiles, "--server.port=0",
                "--UNIONCARE_DB_URL=" + databaseUrl, "--UNIONCARE_DB_USER=postgres", "--UNIONCARE_DB_PASSWORD=postgres",
                "--camunda.bpm.job-execution.enabled=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(UnionCareApplication.class).run(args.toArray(String[]::new));
    }

    /** Why a start-up failed, as the operator reads it at the end of the log. */
    private static String startupFailure(String profiles, String... extra) {
        Throwable failure = catchThrowable(() -> start(profiles, extra).close());
        assertThat(failure).as("start-up should have been refused").isNotNull();
        return NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
    }

    @Test
    void theMigrationStepPreparesAnEmptyDatabaseAndEndsThenAProductionNodeStartsOnIt() throws SQLException {
        var server = EmbeddedPostgresDatabase.server();
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database prodfresh");
        }
        String fresh = server.getJdbcUrl("postgres", "prodfresh");

        ConfigurableApplicationContext migration = startOn(fresh, "prod,migrate", "--UNIONCARE_ENCRYPTION_KEY=" + KEY,
                PEPPER, "--unioncare.bootstrap.admin-password=Hai-Ba-Trung-1911!");

        assertThat(migration.isActive()).as("the migration step ends by itself").isFalse();
        try (Connection connection = java.sql.DriverManager.getConnection(fresh, "postgres", "postgres")) {
            var tables = connection.createStatement().executeQuery("select (select count(*) from "
                    + "unioncare_schema_history where success), (select count(*) from act_ge_property)");
            tables.next();
            assertThat(tables.getInt(1)).isPositive();
            assertThat(tables.getInt(2)).isPositive();
        }
        try (ConfigurableApplicationContext node = startOn(fresh, "prod", "--UNIONCARE_ENCRYPTION_KEY=" + KEY, PEPPER)) {
            assertThat(node.isActive()).isTrue();
            assertThat(node.getEnvironment().getProperty("camunda.bpm.database.schema-update")).isEqualTo("false");
            var engine = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) node
                    .getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration();
            assertThat(engine.getHistoryCleanupBatchWindowStartTime()).as("history clean-up at night").isEqualTo("22:00");
            assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        }
    }

    @Test
    void productionRefusesToStartWhileAccountsHaveTheDemoPassword() {
        assertThat(startupFailure("prod", "--UNIONCARE_ENCRYPTION_KEY=" + KEY, PEPPER))
                .contains("refuses to start").contains("school.chair");
    }

    @Test
    void productionRefusesToStartWithoutAnEncryptionKey() {
        assertThat(startupFailure("prod")).contains("UNIONCARE_ENCRYPTION_KEY");
    }

    @Test
    void productionRefusesADemoPasswordForTheFirstAdministrator() {
        assertThat(startupFailure("prod", "--UNIONCARE_ENCRYPTION_KEY=" + KEY, PEPPER,
                "--unioncare.bootstrap.admin-password=demo"))
                .contains("bootstrap administrator password is a demo password");
    }

    @Test
    void productionRefusesToStartWithoutATrackingCodePepper() {
        assertThat(startupFailure("prod", "--UNIONCARE_ENCRYPTION_KEY=" + KEY)).contains("UNIONCARE_TRACKING_PEPPER");
    }
}
