package vn.unioncare.member.domain;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;

/** What Flyway hands a Java migration, for running one on a plain connection in a test. */
final class MigrationContexts {

    private MigrationContexts() {
    }

    static Context on(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
