package vn.unioncare.bench;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows into one PostgreSQL table through COPY ... FROM STDIN (CSV), sent in chunks so that a million rows never sit
 * in memory at once. Values are written as CSV: {@code null} is an unquoted empty field, everything else is quoted.
 */
final class CopyWriter implements RowWriter {

    private static final int CHUNK_CHARS = 8 * 1024 * 1024;

    private final PGConnection connection;
    private final String copySql;
    private final StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 4096);

    CopyWriter(Connection connection, String tableAndColumns) throws SQLException {
        this.connection = connection.unwrap(PGConnection.class);
        this.copySql = "COPY " + tableAndColumns + " FROM STDIN WITH (FORMAT csv)";
    }

    @Override
    public void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                chunk.append(',');
            }
            Object value = values[i];
            if (value != null) {
                chunk.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        chunk.append('\n');
        if (chunk.length() >= CHUNK_CHARS) {
            flush();
        }
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            connection.getCopyAPI().copyIn(copySql, new StringReader(chunk.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + copySql, e);
        }
        chunk.setLength(0);
    }

    @Override
    public void close() {
        flush();
    }
}
