package vn.unioncare.security;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what, stated a second time from the stored facts alone — role assignments, the current parent of each
 * union and the task's candidate groups — without the application's scope, closure table or queue queries, so that
 * an access matrix can compare the application against it:
 * <ul>
 *   <li>an administrator sees every case; an officer sees the cases of the unions where they hold a role, and of every
 *       union below when the role applies to the subtree;</li>
 *   <li>an officer works (opens, claims, completes) a task offered to a group "union code:role" they hold;</li>
 *   <li>an officer supervises with a subtree role at the city federation or a union directly above grassroots: the
 *       supervision queue and the figures (and their exports) cover that union and the ones below; an administrator
 *       exports everywhere.</li>
 * </ul>
 */
final class AccessRule {

    record Assignment(long unitId, String role, boolean subtree) {
    }

    record Unit(long id, String code, String level) {
    }

    private final Map<Long, Unit> units = new HashMap<>();
    private final Map<Long, Long> parents = new HashMap<>();
    private final Map<String, List<Assignment>> assignments = new HashMap<>();
    private final Set<String> admins = new HashSet<>();

    AccessRule(JdbcTemplate jdbc) {
        jdbc.query("select id, code, level from org_unit", rs -> {
            units.put(rs.getLong("id"), new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("level")));
        });
        LocalDate today = LocalDate.now();
        jdbc.query("select child_id, parent_id from org_unit_link where valid_from <= ? and (valid_to is null or valid_to > ?)",
                rs -> {
                    parents.put(rs.getLong("child_id"), rs.getLong("parent_id"));
                }, today, today);
        jdbc.query("select u.username, r.org_unit_id, r.role, r.applies_to_subtree from role_assignment r"
                + " join app_user u on u.id = r.user_id where u.demo_account = true", rs -> {
            assignments.computeIfAbsent(rs.getString("username"), k -> new ArrayList<>()).add(new Assignment(
                    rs.getLong("org_unit_id"), rs.getString("role"), rs.getBoolean("applies_to_subtree")));
        });
        admins.addAll(jdbc.queryForList("select u.username from app_user u join app_user_system_role s"
                + " on s.user_id = u.id where s.role = 'ADMIN' and u.demo_account = true", String.class));
    }

    /** The demo officers (accounts holding a role at a union) and the demo administrators. */
    List<String> officersAndAdmins() {
        List<String> people = new ArrayList<>(assignments.keySet());
        people.addAll(admins);
        people.sort(String::compareTo);
        return people;
    }

    Unit unit(String code) {
        return units.values().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    boolean seesCaseOf(String username, long unitId) {
        return admins.contains(username) || of(username).stream()
                .anyMatch(a -> a.unitId() == unitId || a.subtree() && ancestors(unitId).contains(a.unitId()));
    }

    boolean works(String username, Collection<String> candidateGroups) {
        return of(username).stream().anyMatch(a -> candidateGroups.contains(
                units.get(a.unitId()).code() + ":" + a.role().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    /**
     * Supervision: the supervision queue (open work) and the figures with their exports of a union the officer
     * supervises and of the unions below it; an administrator exports everywhere but has no supervision queue.
     */
    boolean supervises(String username, long unitId) {
        return of(username).stream().anyMatch(a -> supervising(a)
                && (a.unitId() == unitId || ancestors(unitId).contains(a.unitId())));
    }

    boolean exports(String username, long unitId) {
        return admins.contains(username) || supervises(username, unitId);
    }

    private boolean supervising(Assignment a) {
        String level = units.get(a.unitId()).level();
        return a.subtree() && ("CITY".equals(level) || "DIRECT_SUPERIOR".equals(level));
    }

    private List<Assignment> of(String username) {
        return assignments.getOrDefault(username, List.of());
    }

    /** The unions above, nearest first, by the parent links valid today. */
    private List<Long> ancestors(long unitId) {
        List<Long> above = new ArrayList<>();
        Long parent = parents.get(unitId);
        while (parent != null && !above.contains(parent)) {
            above.add(parent);
            parent = parents.get(parent);
        }
        return above;
    }
}
