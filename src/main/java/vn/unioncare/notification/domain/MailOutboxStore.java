package vn.unioncare.notification.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The e-mail outbox. Rows are written in the transaction of the happening and read by the sender after commit;
 * a sender takes a row by raising its attempt count from the value it read, so two nodes never send one row at once.
 */
@Component
public class MailOutboxStore {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    /** A pending e-mail and how often sending it was tried. */
    public record OutgoingMail(long id, String email, String subject, String body, int attempts) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public MailOutboxStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues an e-mail unless one with the same dedup key was ever queued; true when queued. */
    public boolean enqueueIfAbsent(String dedupKey, String recipient, String email, String subject, String body,
                                   Instant now) {
        Long existing = jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = :key",
                Map.of("key", dedupKey), Long.class);
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update("""
                insert into mail_outbox (dedup_key, recipient, email, subject, body, status, attempts, next_attempt_at,
                                         created_at)
                values (:key, :recipient, :email, :subject, :body, 'PENDING', 0, :now, :now)
                """, new MapSqlParameterSource().addValue("key", dedupKey).addValue("recipient", recipient)
                .addValue("email", email).addValue("subject", subject).addValue("body", body)
                .addValue("now", Timestamp.from(now)));
        return true;
    }

    public List<OutgoingMail> due(Instant now, int limit) {
        return jdbc.query("""
                select id, email, subject, body, attempts from mail_outbox
                where status = 'PENDING' and next_attempt_at <= :now order by next_attempt_at, id limit :limit
                """, Map.of("now", Timestamp.from(now), "limit", limit), (rs, i) -> new OutgoingMail(rs.getLong("id"),
                rs.getString("email"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")));
    }

    /** Takes a row for one attempt, hidden from other senders until {@code leaseUntil}; false when another was first. */
    public boolean claim(OutgoingMail mail, Instant leaseUntil) {
        return jdbc.update("""
                update mail_outbox set attempts = attempts + 1, next_attempt_at = :lease
                where id = :id and status = 'PENDING' and attempts = :seen
                """, Map.of("id", mail.id(), "seen", mail.attempts(), "lease", Timestamp.from(leaseUntil))) == 1;
    }

    public void markSent(long id, Instant now) {
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = :now, last_error = null where id = :id",
                Map.of("id", id, "now", Timestamp.from(now)));
    }

    public void retryAt(long id, Instant next, String error) {
        jdbc.update("update mail_outbox set next_attempt_at = :next, last_error = :error where id = :id",
                Map.of("id", id, "next", Timestamp.from(next), "error", shortened(error)));
    }

    public void markFailed(long id, String error) {
        jdbc.update("update mail_outbox set status = 'FAILED', last_error = :error where id = :id",
                Map.of("id", id, "error", shortened(error)));
    }

    private static String shortened(String error) {
        String text = error == null ? "" : error;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
