package vn.unioncare.casework.domain;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The H2 half of the database rule that the audit log is append-only (migration V25; PostgreSQL has a PL/pgSQL
 * trigger): every UPDATE or DELETE of an {@code audit_event} row is refused, whoever sends it.
 */
public class AuditEventAppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
