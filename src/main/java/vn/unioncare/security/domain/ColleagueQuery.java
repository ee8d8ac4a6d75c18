package vn.unioncare.security.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.security.CandidateGroup;
import vn.unioncare.security.Colleague;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Enabled accounts holding roles at given units, read in one query over role assignments and units. */
@Component
public class ColleagueQuery {

    private final NamedParameterJdbcTemplate jdbc;

    public ColleagueQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts with exactly one of these unit-and-role pairs; {@code anyRole} widens to any role at the units. */
    public List<Colleague> holders(Collection<CandidateGroup> groups, boolean anyRole) {
        if (groups.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> pairs = new ArrayList<>();
        int i = 0;
        for (CandidateGroup group : groups) {
            params.addValue("code" + i, group.orgCode()).addValue("role" + i, group.role().name());
            pairs.add(anyRole ? "o.code = :code" + i : "(o.code = :code" + i + " and ra.role = :role" + i + ")");
            i++;
        }
        return jdbc.query("""
                select distinct u.username, u.display_name from app_user u
                join role_assignment ra on ra.user_id = u.id
                join org_unit o on o.id = ra.org_unit_id
                where u.enabled = true and (%s)
                order by u.display_name, u.username""".formatted(String.join(" or ", pairs)), params,
                (rs, row) -> new Colleague(rs.getString("username"), rs.getString("display_name")));
    }
}
