package vn.unioncare.common;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a failure is the database connection's, not the request's: the connection was cut (an administrator
 * terminated it, the server restarted, the network broke) or none could be had in time. Nothing of the request was
 * committed; the same request, repeated, may succeed. Recognised anywhere in the cause chain, since Spring, Hibernate,
 * MyBatis (the process engine) and Hikari each wrap the driver's exception in their own.
 */
public final class TransientDatabaseFailure {

    private static final String HIKARI_CLOSED = "Connection is closed";

    private TransientDatabaseFailure() {
    }

    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConnectionState(sql)
                    || cause instanceof SQLTransientException
                    || cause instanceof SocketException
                    || cause instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P (operator intervention: terminated, shutting down); and
     * HikariCP's "Connection is closed" (no SQLSTATE): the pool closed a connection it found broken, and the rollback
     * of the transaction on it then fails, which Spring reports instead of the first failure.
     */
    private static boolean isConnectionState(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"))
                || state == null && HIKARI_CLOSED.equals(sql.getMessage());
    }
}
