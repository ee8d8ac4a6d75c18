package vn.unioncare.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the generator writes differently on PostgreSQL and on H2; all the rest of its SQL runs on both. PostgreSQL
 * takes rows by COPY, reads each seed once (a materialised CTE), copies on two connections and drops the engine
 * tables' non-unique indexes while it copies ({@link SuspendedIndexes}); H2 takes batched inserts and one connection.
 */
enum BenchDialect {
    POSTGRES, H2;

    static BenchDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (product.startsWith("PostgreSQL")) {
            return POSTGRES;
        }
        if (product.startsWith("H2")) {
            return H2;
        }
        throw new IllegalArgumentException("the generator writes PostgreSQL or H2, not " + product);
    }

    RowWriter writer(Connection connection, String tableAndColumns) throws SQLException {
        return this == POSTGRES ? new CopyWriter(connection, tableAndColumns)
                : new BatchInsertWriter(connection, tableAndColumns);
    }

    /** A table of the session only, kept across commits. */
    String temporaryTable(String nameAndColumns) {
        return (this == POSTGRES ? "create temporary table if not exists " : "create local temporary table if not exists ")
                + nameAndColumns;
    }

    /** Fresh statistics for a table just filled (H2's optimizer reads the row counts itself). */
    void analyze(Statement statement, String table) throws SQLException {
        if (this == POSTGRES) {
            statement.execute("analyze " + table);
        }
    }

    /** An empty table of the session with the columns of {@code table}, kept across commits. */
    String temporaryCopyOf(String table, String name) {
        return (this == POSTGRES ? "create temporary table " : "create local temporary table ") + name
                + " as select * from " + table + " where 1 = 0";
    }

    /**
     * {@code insert into table (columns) select values from <the seed's rows, from its snapshot table, with
     * seedFacts> s cross join bench_copy k}.
     */
    String copyStatement(String table, String seedRows, List<String> columns, List<String> values,
                         List<String> seedFacts) {
        String seed = "select s.*" + seedFacts.stream().map(f -> ", " + f).collect(Collectors.joining()) + " from "
                + seedRows + " s";
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") select "
                + String.join(", ", values);
        // PostgreSQL: the facts of each seed row are worked out once (a materialised CTE), not once per copy
        return this == POSTGRES ? "with seed as materialized (" + seed + ") " + insert + " from seed s cross join bench_copy k"
                : insert + " from (" + seed + ") s cross join bench_copy k";
    }

    /**
     * The member tables whose indexes are dropped while the members are written and created again afterwards: on H2,
     * where keeping the indexes on the folded names and the phone hashes up to date row by row took 610 s for a
     * million members against 112 s without them and building them once; none on PostgreSQL, whose COPY keeps up.
     */
    List<String> memberTablesWithoutIndexes() {
        return this == H2 ? List.of("member", "member_name_word") : List.of();
    }

    /** Copies per batch: one {@code INSERT ... SELECT} per table writes this many copies of a seed. */
    int copyBatch() {
        return this == POSTGRES ? 25_000 : 5_000;
    }

    /** Connections that copy cases at the same time. */
    int copyConnections() {
        return this == POSTGRES ? 2 : 1;
    }

    /**
     * Settings of a copying session: no wait for the WAL flush at each commit, and no foreign-key checks (the copies
     * are consistent by construction; on H2 a copied row may come before the row it refers to). PostgreSQL's switch
     * of the checks needs a superuser (the embedded server's); without it the checks stay on.
     */
    void prepareCopySession(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (this == POSTGRES) {
                statement.execute("set synchronous_commit = off");
                try {
                    statement.execute("set session_replication_role = replica");
                } catch (SQLException notSuperuser) {
                    System.out.println("BENCH data: foreign-key checks stay on: " + notSuperuser.getMessage());
                }
            } else {
                statement.execute("set referential_integrity false");
            }
        }
    }

    void endCopySession(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (this == POSTGRES) {
                statement.execute("reset session_replication_role");
                statement.execute("reset synchronous_commit");
            } else {
                statement.execute("set referential_integrity true");
            }
        }
    }

    /**
     * H2 only: a page cache of half the heap while generating (the default, a few dozen MB, makes every index insert
     * of a million-row table read pages back from the file, and recreating an index reads its whole table, once per
     * index); returns what to set again afterwards, or null. Large sizes on H2 want a large heap
     * ({@code -Dbench.jvm=-Xmx16g}).
     */
    String enlargeCache(Connection connection) throws SQLException {
        if (this != H2) {
            return null;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select setting_value from information_schema.settings"
                     + " where setting_name = 'CACHE_SIZE'")) {
            String before = rs.next() ? rs.getString(1) : null;
            statement.execute("set cache_size " + Runtime.getRuntime().maxMemory() / 2 / 1024);
            return before;
        }
    }

    void restoreCache(Connection connection, String before) throws SQLException {
        if (before != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set cache_size " + Long.parseLong(before));
            }
        }
    }

    /** After rows with explicit ids: the table's identity continues after the largest id. */
    void continueIdentity(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (this == POSTGRES) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
                        + table + "))");
            } else {
                long next;
                try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                statement.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    /** After generation: statistics for the planner (and on PostgreSQL the visibility map, for index-only scans). */
    void finish(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(this == POSTGRES ? "vacuum analyze" : "analyze");
        }
    }

    /**
     * PostgreSQL only: reads the tables an officer's queue, supervision view and member search use, with their
     * indexes, into the operating system's cache ({@code pg_prewarm}, mode {@code read}); returns the megabytes read.
     * A server in service holds them there, since officers read them all day; right after generation they are cold,
     * because recreating the indexes of tens of gigabytes of history pushed everything else out of the cache. The
     * history is left cold, as it is in service.
     */
    long prewarm(Connection connection, List<String> tables) throws SQLException {
        if (this != POSTGRES) {
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_prewarm");
            String names = tables.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
            try (ResultSet rs = statement.executeQuery("select coalesce(sum(pg_prewarm(c.oid, 'read')), 0)"
                    + " * current_setting('block_size')::bigint from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()"
                    + " left join pg_index i on i.indexrelid = c.oid left join pg_class t on t.oid = i.indrelid"
                    + " where c.relkind in ('r', 'i') and coalesce(t.relname, c.relname) in (" + names + ")")) {
                rs.next();
                return rs.getLong(1) >> 20;
            }
        }
    }
}
