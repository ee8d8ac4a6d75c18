package vn.unioncare.safety;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks for traces of given strings (a client's address, its user agent) everywhere UnionCare keeps things: every
 * character and binary column of every table of the database — UnionCare's own tables and Camunda's runtime and
 * history tables, whose byte arrays hold serialised variables — and the log output captured by Spring Boot's
 * {@code OutputCaptureExtension}. Each hit names where it was found, e.g. {@code ACT_HI_VARINST.TEXT_}.
 */
public final class TraceSearch {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("INFORMATION_SCHEMA", "PG_CATALOG", "SYS");

    private final DataSource dataSource;

    private TraceSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static TraceSearch in(DataSource dataSource) {
        return new TraceSearch(dataSource);
    }

    /** Where any of the needles occurs: in the database and in the captured log output. */
    public List<String> everywhere(CapturedOutput log, String... needles) {
        List<String> hits = new ArrayList<>(inDatabase(needles));
        hits.addAll(inLog(log, needles));
        return hits;
    }

    /** The lines of the captured output (standard output and error, where the log goes) that contain a needle. */
    public static List<String> inLog(CapturedOutput log, String... needles) {
        return log.getAll().lines().filter(line -> containsAny(line, needles))
                .map(line -> "log: " + line).toList();
    }

    /**
     * {@code SCHEMA.TABLE.COLUMN} of every cell, text or bytes (read as UTF-8), that contains a needle; inside a
     * transaction (a {@code @Transactional} test) it sees what the transaction wrote.
     */
    public List<String> inDatabase(String... needles) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            List<String> hits = new ArrayList<>();
            for (Map.Entry<String, List<String>> table : searchableColumns(connection).entrySet()) {
                hits.addAll(inTable(connection, table.getKey(), table.getValue(), needles));
            }
            return hits;
        } catch (SQLException e) {
            throw new IllegalStateException("searching the database failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The quoted name of every table outside the system schemas, with the quoted names of its searchable columns. */
    private static Map<String, List<String>> searchableColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String quote = meta.getIdentifierQuoteString().strip();
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), null, "%", "%")) {
            while (columns.next()) {
                String schema = columns.getString("TABLE_SCHEM");
                int type = columns.getInt("DATA_TYPE");
                if (schema == null || SYSTEM_SCHEMAS.contains(schema.toUpperCase()) || schema.startsWith("pg_")
                        || !(TEXT.contains(type) || BINARY.contains(type))) {
                    continue;
                }
                String table = quote + schema + quote + "." + quote + columns.getString("TABLE_NAME") + quote;
                tables.computeIfAbsent(table, t -> new ArrayList<>()).add(quote + columns.getString("COLUMN_NAME") + quote);
            }
        }
        return tables;
    }

    private static List<String> inTable(Connection connection, String table, List<String> columns, String... needles)
            throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select " + String.join(", ", columns) + " from " + table)) {
            while (rows.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    String cell = cellText(rows, i);
                    if (cell != null && containsAny(cell, needles)) {
                        hits.add((table + "." + columns.get(i - 1)).replace("\"", ""));
                    }
                }
            }
        }
        return hits.stream().distinct().toList();
    }

    private static String cellText(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static boolean containsAny(String text, String... needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
