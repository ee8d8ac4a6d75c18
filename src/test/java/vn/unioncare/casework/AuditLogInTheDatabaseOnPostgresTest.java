package vn.unioncare.casework;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import vn.unioncare.PostgresSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresSpringTest
class AuditLogInTheDatabaseOnPostgresTest extends AuditLogInTheDatabaseContract {

    @Test
    void aTruncateOfTheAuditLogIsRefusedByTheDatabase() {
        long id = appendedEvent();
        assertThatThrownBy(() -> jdbc.execute("truncate table audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, id)).isEqualTo(1);
    }
}
