package vn.unioncare.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The machine's single-row commit rate on a database: a plain JDBC loop, one thread, inserting one row and
 * committing it, for a fixed time. What a case per second costs is shown as a fraction of it.
 */
final class CommitRate {

    private CommitRate() {
    }

    static double commitsPerSecond(FreshDatabase database, Duration duration) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table commit_probe (id bigint primary key, note varchar(40))");
            }
            connection.setAutoCommit(false);
            long commits = 0;
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into commit_probe (id, note) values (?, ?)")) {
                while (System.nanoTime() < end) {
                    insert.setLong(1, commits);
                    insert.setString(2, "one row, one commit");
                    insert.executeUpdate();
                    connection.commit();
                    commits++;
                }
            }
            return commits / ((System.nanoTime() - start) / 1e9);
        }
    }
}
