package vn.unioncare.casework;

import org.springframework.stereotype.Component;
import vn.unioncare.security.AccountView;
import vn.unioncare.security.UserAccountService;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Display names for the usernames a case page mentions, read in one query. */
@Component
class ActorNames {

    private final UserAccountService accounts;

    ActorNames(UserAccountService accounts) {
        this.accounts = accounts;
    }

    Map<String, String> of(Collection<String> usernames) {
        var known = usernames.stream().filter(Objects::nonNull).filter(u -> !AuditTrail.SYSTEM.equals(u)).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        return accounts.findAccounts(known).stream()
                .collect(Collectors.toMap(AccountView::username, AccountView::displayName, (a, b) -> a));
    }
}
