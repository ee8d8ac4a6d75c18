package vn.unioncare.security.engine;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.unioncare.security.CandidateGroup;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.SystemRole;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * UnionCare's accounts and role assignments seen as Camunda users and groups: one source of truth, read in SQL
 * with the query's filters in the WHERE clause. Groups are {@code <orgCode>:<role>} for every role held at a unit,
 * plus {@code camunda-admin} (administrators) and {@code designers}.
 */
@Component
public class IdentityDirectory {

    public static final String TYPE_WORKFLOW = "WORKFLOW";
    public static final String TYPE_SYSTEM = "SYSTEM";

    private static final Map<String, SystemRole> SYSTEM_GROUPS = Map.of(
            CandidateGroup.CAMUNDA_ADMIN, SystemRole.ADMIN, CandidateGroup.DESIGNERS, SystemRole.DESIGNER);

    private final NamedParameterJdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public IdentityDirectory(NamedParameterJdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public record DirectoryUser(String id, String displayName, String email) {
    }

    public record DirectoryGroup(String id, String name, String type) {
    }

    /** Filters of a user query; null means "any". */
    public record UserFilter(String id, Collection<String> ids, String nameLike, String email, String emailLike,
                             String groupId) {
    }

    /** Filters of a group query; null means "any". */
    public record GroupFilter(String id, Collection<String> ids, String name, String nameLike, String type,
                              String userId) {
    }

    public boolean checkPassword(String username, String password) {
        if (username == null || password == null) {
            return false;
        }
        List<String> hashes = jdbc.queryForList("select password_hash from app_user where username = :u and enabled = true",
                Map.of("u", username), String.class);
        return hashes.size() == 1 && passwordEncoder.matches(password, hashes.get(0));
    }

    public List<DirectoryUser> users(UserFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("select u.username, u.display_name, u.email from app_user u where u.enabled = true");
        if (filter.id() != null) {
            sql.append(" and u.username = :id");
            params.addValue("id", filter.id());
        }
        if (filter.ids() != null) {
            if (filter.ids().isEmpty()) {
                return List.of();
            }
            sql.append(" and u.username in (:ids)");
            params.addValue("ids", filter.ids());
        }
        if (filter.nameLike() != null) {
            sql.append(" and lower(u.display_name) like lower(:nameLike)");
            params.addValue("nameLike", filter.nameLike());
        }
        if (filter.email() != null) {
            sql.append(" and u.email = :email");
            params.addValue("email", filter.email());
        }
        if (filter.emailLike() != null) {
            sql.append(" and lower(u.email) like lower(:emailLike)");
            params.addValue("emailLike", filter.emailLike());
        }
        if (filter.groupId() != null && !appendGroupMembership(filter.groupId(), sql, params)) {
            return List.of();
        }
        sql.append(" order by u.username");
        return jdbc.query(sql.toString(), params,
                (rs, i) -> new DirectoryUser(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    private static boolean appendGroupMembership(String groupId, StringBuilder sql, MapSqlParameterSource params) {
        SystemRole systemRole = SYSTEM_GROUPS.get(groupId);
        if (systemRole != null) {
            sql.append(" and exists (select 1 from app_user_system_role r where r.user_id = u.id and r.role = :sysRole)");
            params.addValue("sysRole", systemRole.name());
            return true;
        }
        Optional<CandidateGroup> group = CandidateGroup.parse(groupId);
        if (group.isEmpty()) {
            return false;
        }
        sql.append(" and exists (select 1 from role_assignment ra join org_unit o on o.id = ra.org_unit_id"
                + " where ra.user_id = u.id and o.code = :groupOrg and ra.role = :groupRole)");
        params.addValue("groupOrg", group.get().orgCode()).addValue("groupRole", group.get().role().name());
        return true;
    }

    public List<DirectoryGroup> groups(GroupFilter filter) {
        List<DirectoryGroup> result = new ArrayList<>();
        if (filter.type() == null || TYPE_SYSTEM.equals(filter.type())) {
            result.addAll(systemGroups(filter));
        }
        if (filter.type() == null || TYPE_WORKFLOW.equals(filter.type())) {
            result.addAll(workflowGroups(filter));
        }
        return result.stream().filter(g -> matchesName(g, filter)).toList();
    }

    private List<DirectoryGroup> systemGroups(GroupFilter filter) {
        List<DirectoryGroup> groups = new ArrayList<>();
        SYSTEM_GROUPS.forEach((id, role) -> {
            if (filter.id() != null && !filter.id().equals(id) || filter.ids() != null && !filter.ids().contains(id)) {
                return;
            }
            if (filter.userId() != null && !hasSystemRole(filter.userId(), role)) {
                return;
            }
            groups.add(new DirectoryGroup(id, CandidateGroup.CAMUNDA_ADMIN.equals(id) ? "Camunda administrators" : "Process designers",
                    TYPE_SYSTEM));
        });
        groups.sort(java.util.Comparator.comparing(DirectoryGroup::id));
        return groups;
    }

    private boolean hasSystemRole(String username, SystemRole role) {
        Integer count = jdbc.queryForObject("""
                select count(*) from app_user u join app_user_system_role r on r.user_id = u.id
                where u.username = :u and r.role = :r
                """, Map.of("u", username, "r", role.name()), Integer.class);
        return count != null && count > 0;
    }

    private List<DirectoryGroup> workflowGroups(GroupFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("""
                select distinct o.code, o.name_vi, ra.role from role_assignment ra join org_unit o on o.id = ra.org_unit_id
                where 1 = 1""");
        List<CandidateGroup> wanted = new ArrayList<>();
        if (filter.id() != null) {
            wanted.add(CandidateGroup.parse(filter.id()).orElse(null));
        }
        if (filter.ids() != null) {
            filter.ids().forEach(id -> wanted.add(CandidateGroup.parse(id).orElse(null)));
        }
        if (filter.id() != null || filter.ids() != null) {
            List<CandidateGroup> valid = wanted.stream().filter(Objects::nonNull).toList();
            if (valid.isEmpty()) {
                return List.of();
            }
            sql.append(" and o.code in (:codes) and ra.role in (:roles)");
            params.addValue("codes", valid.stream().map(CandidateGroup::orgCode).toList())
                    .addValue("roles", valid.stream().map(g -> g.role().name()).toList());
        }
        if (filter.userId() != null) {
            sql.append(" and ra.user_id = (select id from app_user where username = :userId)");
            params.addValue("userId", filter.userId());
        }
        sql.append(" order by o.code, ra.role");
        List<DirectoryGroup> groups = jdbc.query(sql.toString(), params, (rs, i) -> {
            CandidateGroup group = new CandidateGroup(rs.getString(1), OfficerRole.valueOf(rs.getString(3)));
            return new DirectoryGroup(group.id(), rs.getString(2) + " – " + group.role().groupPart(), TYPE_WORKFLOW);
        });
        if (!wanted.isEmpty()) {
            List<String> ids = wanted.stream().filter(Objects::nonNull).map(CandidateGroup::id).toList();
            return groups.stream().filter(g -> ids.contains(g.id())).toList();
        }
        return groups;
    }

    private static boolean matchesName(DirectoryGroup group, GroupFilter filter) {
        if (filter.name() != null && !filter.name().equals(group.name())) {
            return false;
        }
        if (filter.nameLike() != null) {
            return group.name().toLowerCase().matches(likeToRegex(filter.nameLike().toLowerCase()));
        }
        return true;
    }

    private static String likeToRegex(String like) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : like.toCharArray()) {
            if (c == '%' || c == '_') {
                regex.append(java.util.regex.Pattern.quote(literal.toString())).append(c == '%' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return regex.append(java.util.regex.Pattern.quote(literal.toString())).toString();
    }
}
