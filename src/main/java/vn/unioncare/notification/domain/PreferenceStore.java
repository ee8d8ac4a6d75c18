package vn.unioncare.notification.domain;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Each account's notification choices; without a row e-mail is on. */
@Component
public class PreferenceStore {

    private final NamedParameterJdbcTemplate jdbc;

    public PreferenceStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean emailEnabled(String username) {
        List<Boolean> chosen = jdbc.queryForList(
                "select email_enabled from notification_preference where username = :u", Map.of("u", username),
                Boolean.class);
        return chosen.isEmpty() || chosen.get(0);
    }

    public void setEmailEnabled(String username, boolean enabled, Instant now) {
        Map<String, Object> params = Map.of("u", username, "on", enabled, "now", Timestamp.from(now));
        if (jdbc.update("update notification_preference set email_enabled = :on, updated_at = :now where username = :u",
                params) == 0) {
            jdbc.update("insert into notification_preference (username, email_enabled, updated_at) values (:u, :on, :now)",
                    params);
        }
    }
}
