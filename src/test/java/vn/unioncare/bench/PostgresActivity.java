package vn.unioncare.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * What a run cost PostgreSQL: the transactions committed in the database ({@code pg_stat_database}, read-only ones
 * included) and the bytes of WAL the server wrote (server-wide; nothing else runs during a throughput run).
 */
final class PostgresActivity {

    record Delta(long commits, long walBytes) {

        String perCase(long cases) {
            return "%.0f transactions, %.0f KB WAL".formatted((double) commits / cases,
                    walBytes / 1024.0 / cases);
        }
    }

    private final JdbcTemplate jdbc;
    private final long commits;
    private final String wal;

    private PostgresActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.commits = commits(jdbc);
        this.wal = jdbc.queryForObject("select pg_current_wal_lsn()::text", String.class);
    }

    static PostgresActivity start(DataSource dataSource) {
        return new PostgresActivity(new JdbcTemplate(dataSource));
    }

    Delta since() throws InterruptedException {
        Thread.sleep(1_000); // the statistics collector reports a transaction's end with a delay of up to 500 ms
        return new Delta(commits(jdbc) - commits, jdbc.queryForObject(
                "select pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)::bigint", Long.class, wal));
    }

    private static long commits(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
                Long.class);
    }
}
