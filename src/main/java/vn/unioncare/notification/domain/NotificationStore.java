package vn.unioncare.notification.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.notification.NotificationItem;
import vn.unioncare.notification.NotificationKind;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The notification table; every read and update names the recipient in its WHERE clause. */
@Component
public class NotificationStore {

    private static final RowMapper<NotificationItem> ITEM = (rs, i) -> new NotificationItem(rs.getLong("id"),
            NotificationKind.valueOf(rs.getString("kind")), rs.getString("message"), rs.getString("link"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);

    private final NamedParameterJdbcTemplate jdbc;

    public NotificationStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notification unless one with the same dedup key exists; true when written. */
    public boolean insertIfAbsent(String recipient, NotificationKind kind, String message, String link,
                                  String dedupKey, Instant now) {
        if (exists("select count(*) from notification where dedup_key = :key", Map.of("key", dedupKey))) {
            return false;
        }
        jdbc.update("""
                insert into notification (recipient, kind, message, link, dedup_key, created_at)
                values (:recipient, :kind, :message, :link, :key, :now)
                """, new MapSqlParameterSource().addValue("recipient", recipient).addValue("kind", kind.name())
                .addValue("message", message).addValue("link", link).addValue("key", dedupKey)
                .addValue("now", Timestamp.from(now)));
        return true;
    }

    public long unreadCount(String recipient) {
        Long count = jdbc.queryForObject("select count(*) from notification where recipient = :r and read_at is null",
                Map.of("r", recipient), Long.class);
        return count == null ? 0 : count;
    }

    public List<NotificationItem> latest(String recipient, int limit) {
        return jdbc.query("""
                select id, kind, message, link, created_at, read_at from notification where recipient = :r
                order by created_at desc, id desc limit :limit
                """, Map.of("r", recipient, "limit", limit), ITEM);
    }

    /** Marks one of the recipient's notifications read; false when the recipient has no such notification. */
    public boolean markRead(long id, String recipient, Instant now) {
        Map<String, Object> params = Map.of("id", id, "r", recipient, "now", Timestamp.from(now));
        return jdbc.update("update notification set read_at = :now where id = :id and recipient = :r and read_at is null",
                params) > 0
                || exists("select count(*) from notification where id = :id and recipient = :r", params);
    }

    public int markAllRead(String recipient, Instant now) {
        return jdbc.update("update notification set read_at = :now where recipient = :r and read_at is null",
                Map.of("r", recipient, "now", Timestamp.from(now)));
    }

    private boolean exists(String countSql, Map<String, ?> params) {
        Long count = jdbc.queryForObject(countSql, params, Long.class);
        return count != null && count > 0;
    }
}
