package vn.unioncare.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9, item 9: the database itself refuses to change the audit log (trigger of V25), even to SQL sent through the
 * application's own DataSource. Runs on H2 and on PostgreSQL: see the subclasses.
 */
abstract class AuditLogInTheDatabaseContract {

    @Autowired
    JdbcTemplate jdbc;

    long appendedEvent() {
        String actor = "audit-test-" + System.nanoTime();
        jdbc.update("insert into audit_event (occurred_at, actor, event_type, details) values (?, ?, ?, ?)",
                Timestamp.from(Instant.now()), actor, "PERSONAL_DATA_VIEWED", "{}");
        return jdbc.queryForObject("select id from audit_event where actor = ?", Long.class, actor);
    }

    private String actorOf(long id) {
        return jdbc.queryForObject("select actor from audit_event where id = ?", String.class, id);
    }

    @Test
    void anUpdateOfAnAuditEventIsRefusedByTheDatabase() {
        long id = appendedEvent();
        String actor = actorOf(id);
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(actorOf(id)).isEqualTo(actor);
    }

    @Test
    void aDeleteOfAnAuditEventIsRefusedByTheDatabase() {
        long id = appendedEvent();
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, id)).isEqualTo(1);
    }
}
