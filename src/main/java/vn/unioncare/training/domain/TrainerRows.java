package vn.unioncare.training.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.common.SearchText;
import vn.unioncare.training.TrainerChoice;

import java.util.List;

/** Enabled accounts holding the TRAINER role at any union, for the trainer field of the cohort form. */
@Component
public class TrainerRows {

    private static final String TRAINERS = " from app_user a where a.enabled = true and exists (select 1"
            + " from role_assignment r where r.user_id = a.id and r.role = 'TRAINER')"
            + " and (:text = '' or lower(a.username) like :contains escape '\\')";

    private final NamedParameterJdbcTemplate jdbc;

    public TrainerRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<TrainerChoice> page(String text, int offset, int limit) {
        return jdbc.query("select a.username, a.display_name" + TRAINERS
                        + " order by a.username limit :limit offset :offset",
                params(text).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new TrainerChoice(rs.getString("username"), rs.getString("display_name")));
    }

    /** Whether the username names an enabled account. */
    public boolean accountExists(String username) {
        Integer count = jdbc.queryForObject("select count(*) from app_user where username = :username"
                + " and enabled = true", new MapSqlParameterSource("username", username), Integer.class);
        return count != null && count > 0;
    }

    private static MapSqlParameterSource params(String text) {
        String folded = SearchText.fold(text);
        return new MapSqlParameterSource("text", folded).addValue("contains", "%" + SearchText.likePrefix(folded));
    }
}
