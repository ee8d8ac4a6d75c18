package vn.unioncare.bench;

import org.h2.api.ErrorCode;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The non-unique indexes of the tables the generator copies into, dropped during the copy and created again
 * afterwards from their own definitions as PostgreSQL reports them ({@code pg_indexes.indexdef}), so they come
 * back exactly as the engine's and the application's DDL made them. Keeping them up to date row by row is most of
 * the cost of copying: each closed case adds some 140 history rows to tables carrying several indexes, most of
 * them on timestamps, where the copies' rows land all over the index. Unique indexes and those behind constraints
 * stay. On H2 the same, their DDL taken from {@code SCRIPT NODATA}, except the indexes a foreign key uses.
 */
final class SuspendedIndexes {

    private static final Pattern INDEXED_TABLE = Pattern.compile(" ON (?:ONLY )?(?:\\S+?\\.)?(\"?\\w+\"?)");

    private final List<String> definitions;
    private final TableTimes times = new TableTimes();

    private SuspendedIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    static SuspendedIndexes drop(Connection connection, BenchDialect dialect, Collection<String> tables)
            throws SQLException {
        if (tables.isEmpty()) {
            return new SuspendedIndexes(List.of());
        }
        if (dialect == BenchDialect.H2) {
            return dropOnH2(connection, tables);
        }
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        Array tableNames = connection.createArrayOf("varchar", tables.toArray());
        try (PreparedStatement statement = connection.prepareStatement("select i.indexname, i.indexdef"
                + " from pg_indexes i where i.schemaname = current_schema and i.tablename = any (?)"
                + " and i.indexdef not like 'CREATE UNIQUE %'"
                + " and not exists (select 1 from pg_constraint c where c.conname = i.indexname)"
                + " order by i.tablename, i.indexname")) {
            statement.setArray(1, tableNames);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return new SuspendedIndexes(definitions);
    }

    /**
     * H2: the tables' indexes as H2's own {@code SCRIPT NODATA} writes their DDL, less those that a foreign key
     * needs (H2 refuses to drop them: they stay and are kept up to date row by row).
     */
    private static SuspendedIndexes dropOnH2(Connection connection, Collection<String> tables) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("script nodata table " + String.join(", ", tables))) {
                while (rs.next()) {
                    if (rs.getString(1).startsWith("CREATE INDEX ")) {
                        definitions.add(rs.getString(1));
                    }
                }
            }
            List<String> dropped = new ArrayList<>();
            for (String definition : definitions) {
                try {
                    statement.execute("drop index " + definition.split(" ")[2]);
                    dropped.add(definition);
                } catch (SQLException e) {
                    if (e.getErrorCode() != ErrorCode.INDEX_BELONGS_TO_CONSTRAINT_2) {
                        throw e;
                    }
                }
            }
            return new SuspendedIndexes(dropped);
        }
    }

    /** The table of {@code CREATE INDEX name ON [schema.]table ...}, as PostgreSQL and H2 write it. */
    private static String tableOf(String definition) {
        Matcher on = INDEXED_TABLE.matcher(definition);
        if (!on.find()) {
            throw new IllegalArgumentException("no table in " + definition);
        }
        return on.group(1).replace("\"", "").toLowerCase(Locale.ROOT);
    }

    /** Time spent creating the indexes again, by table. */
    TableTimes timeByTable() {
        return times;
    }

    int count() {
        return definitions.size();
    }

    /** Creates the indexes again, on as many connections as the dialect copies with. */
    void restore(DataSource dataSource, int connections) throws SQLException {
        if (definitions.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String definition : definitions) {
                done.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection();
                         Statement statement = connection.createStatement()) {
                        long started = System.nanoTime();
                        statement.execute(definition);
                        times.add(tableOf(definition), System.nanoTime() - started);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while creating the indexes again", e);
        } catch (ExecutionException e) {
            throw new SQLException("could not create an index again", e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
