package vn.unioncare.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Row counts of the history tables of a database: every {@code ACT_HI_*} table, and the given application tables
 * (by name, in any case), so that what a run wrote is the difference of two snapshots.
 */
final class HistoryRows {

    private HistoryRows() {
    }

    static Map<String, Long> snapshot(DataSource dataSource, Set<String> applicationTables) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(dataSource)) {
            String upper = table.toUpperCase(Locale.ROOT);
            if (upper.startsWith("ACT_HI_") || applicationTables.contains(upper)) {
                counts.put(upper, jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
        }
        return counts;
    }

    static Map<String, Long> written(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> written = new TreeMap<>();
        after.forEach((table, count) -> written.put(table, count - before.getOrDefault(table, 0L)));
        return written;
    }

    static long engineHistory(Map<String, Long> written) {
        return written.entrySet().stream().filter(e -> e.getKey().startsWith("ACT_HI_"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** "ACT_HI_ACTINST 21.0, ..." per case, tables with no rows left out. */
    static String perCase(Map<String, Long> written, long cases) {
        return written.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> "%s %.1f".formatted(e.getKey(), (double) e.getValue() / cases))
                .collect(Collectors.joining(", "));
    }

    private static Set<String> tables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            Set<String> names = new java.util.TreeSet<>();
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                if (schema == null || schema.equalsIgnoreCase("public")) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
