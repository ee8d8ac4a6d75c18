package vn.unioncare.bench;

import vn.unioncare.security.NewAccount;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UserAccountService;

import java.util.Set;

/** Officer accounts of generated unions for the benchmarks; call signed in as an administrator. */
final class BenchOfficers {

    private BenchOfficers() {
    }

    static void create(UserAccountService accounts, String username, String displayName, String unitCode,
                       boolean subtree, OfficerRole... roles) {
        accounts.createAccount(new NewAccount(username, "Mat-khau-do-hieu-nang-1", displayName, null, null, Set.of()));
        for (OfficerRole role : roles) {
            accounts.assignRole(username, unitCode, role, subtree);
        }
    }
}
