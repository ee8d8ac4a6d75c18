package vn.unioncare.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the notification tables from growing for ever: read notifications go after
 * {@code unioncare.notifications.keep-read} (90 days), unread ones after {@code keep-unread} (a year), and e-mails
 * that were sent or given up after {@code unioncare.mail.keep-sent} (30 days). Deletes in small batches, each in its
 * own transaction, so a large backlog never holds locks for long; two nodes deleting at once only share the work.
 */
@Component
class NotificationRetention {

    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration keepRead;
    private final Duration keepUnread;
    private final Duration keepSent;

    NotificationRetention(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
                          @Value("${unioncare.notifications.keep-read:P90D}") Duration keepRead,
                          @Value("${unioncare.notifications.keep-unread:P365D}") Duration keepUnread,
                          @Value("${unioncare.mail.keep-sent:P30D}") Duration keepSent) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.keepRead = keepRead;
        this.keepUnread = keepUnread;
        this.keepSent = keepSent;
    }

    @Scheduled(fixedDelayString = "${unioncare.notifications.retention-interval:PT6H}", initialDelayString = "PT10M")
    void scheduled() {
        long deleted = purge();
        if (deleted > 0) {
            log.info("Notification retention: {} old notifications and e-mails deleted", deleted);
        }
    }

    /** Deletes everything past its keeping time; returns how many rows went. */
    long purge() {
        Instant now = clock.instant();
        return repeat("""
                delete from notification where id in (select id from notification
                  where (read_at is not null and created_at < :readCutoff) or created_at < :unreadCutoff
                  fetch first %d rows only)""".formatted(BATCH),
                new MapSqlParameterSource("readCutoff", Timestamp.from(now.minus(keepRead)))
                        .addValue("unreadCutoff", Timestamp.from(now.minus(keepUnread))))
                + repeat("""
                delete from mail_outbox where id in (select id from mail_outbox
                  where status <> 'PENDING' and created_at < :cutoff fetch first %d rows only)""".formatted(BATCH),
                new MapSqlParameterSource("cutoff", Timestamp.from(now.minus(keepSent))));
    }

    private long repeat(String deleteBatch, MapSqlParameterSource params) {
        long total = 0;
        int deleted;
        do {
            Integer batch = transaction.execute(status -> jdbc.update(deleteBatch, params));
            deleted = batch == null ? 0 : batch;
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
