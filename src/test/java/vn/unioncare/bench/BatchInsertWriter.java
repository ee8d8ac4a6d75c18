package vn.unioncare.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows into one table through batched JDBC inserts, committed every {@value #BATCH} rows: the bulk path for H2,
 * which has no COPY. The connection's auto-commit is restored on close.
 */
final class BatchInsertWriter implements RowWriter {

    private static final int BATCH = 5_000;

    private final Connection connection;
    private final boolean autoCommit;
    private final PreparedStatement statement;
    private int pending;

    BatchInsertWriter(Connection connection, String tableAndColumns) throws SQLException {
        this.connection = connection;
        this.autoCommit = connection.getAutoCommit();
        int columns = tableAndColumns.substring(tableAndColumns.indexOf('(')).split(",").length;
        this.statement = connection.prepareStatement("insert into " + tableAndColumns + " values ("
                + "?, ".repeat(columns - 1) + "?)");
        connection.setAutoCommit(false);
    }

    @Override
    public void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed", e);
        }
    }

    private void flush() throws SQLException {
        statement.executeBatch();
        connection.commit();
        pending = 0;
    }

    @Override
    public void close() {
        try (statement) {
            flush();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed", e);
        }
    }
}
