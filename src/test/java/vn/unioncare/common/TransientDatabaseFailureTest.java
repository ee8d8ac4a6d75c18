package vn.unioncare.common;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientDatabaseFailureTest {

    @Test
    void aTerminatedOrBrokenConnectionAnywhereInTheCauseChainIsTransient() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertThat(TransientDatabaseFailure.isTransient(
                new RuntimeException("engine", new DataAccessResourceFailureException("jdbc", terminated)))).isTrue();
        assertThat(TransientDatabaseFailure.isTransient(new IllegalStateException(ioError))).isTrue();
        assertThat(TransientDatabaseFailure.isTransient(new SQLTransientConnectionException("pool timeout"))).isTrue();
        assertThat(TransientDatabaseFailure.isTransient(new RuntimeException(new EOFException()))).isTrue();
        // what Spring reports when the rollback on the broken connection fails, instead of the first failure
        assertThat(TransientDatabaseFailure.isTransient(new DataAccessResourceFailureException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aConstraintViolationOrAnyOtherFailureIsNot() {
        assertThat(TransientDatabaseFailure.isTransient(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(TransientDatabaseFailure.isTransient(new IllegalStateException("no case file"))).isFalse();
        assertThat(TransientDatabaseFailure.isTransient(new SQLException("no state"))).isFalse();
    }
}
