package vn.unioncare.security;

import java.util.Set;

/**
 * Which organisation units a signed-in user may see, in a form that queries put into their WHERE clause:
 * every unit ({@code all}), whole subtrees below {@code subtreeRootIds}, and single {@code unitIds}.
 * A member sees only their own record ({@code ownMemberId}).
 */
public record AccessScope(boolean all, Set<Long> subtreeRootIds, Set<Long> unitIds, Long ownMemberId) {

    public static AccessScope nothing() {
        return new AccessScope(false, Set.of(), Set.of(), null);
    }

    public static AccessScope everything() {
        return new AccessScope(true, Set.of(), Set.of(), null);
    }

    public boolean seesAnyUnit() {
        return all || !subtreeRootIds.isEmpty() || !unitIds.isEmpty();
    }
}
