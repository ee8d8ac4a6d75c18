package vn.unioncare.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.security.domain.AppUser;
import vn.unioncare.security.domain.AppUserRepository;
import vn.unioncare.security.engine.IdentityDirectory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach an account: its name, e-mail address and language, for messages written to people who are not the
 * signed-in user (notifications). Disabled and unknown accounts cannot be reached.
 */
@Service
@Transactional(readOnly = true)
public class AccountContacts {

    /** An enabled account as a message recipient; {@code email} may be null. */
    public record Contact(String username, String displayName, String email, Locale locale) {
    }

    private final AppUserRepository users;
    private final IdentityDirectory directory;

    public AccountContacts(AppUserRepository users, IdentityDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    public Optional<Contact> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return users.findByUsername(username).filter(AppUser::isEnabled).map(AccountContacts::toContact);
    }

    /** The portal account of a member, if they have one. */
    public Optional<String> usernameOfMember(long memberId) {
        return users.findByMemberId(memberId).filter(AppUser::isEnabled).map(AppUser::getUsername);
    }

    /** The enabled accounts in any of the candidate groups, with the same membership rule Camunda sees. */
    public Set<String> usernamesInGroups(Collection<String> groupIds) {
        Set<String> usernames = new LinkedHashSet<>();
        for (String groupId : groupIds) {
            directory.users(new IdentityDirectory.UserFilter(null, null, null, null, null, groupId))
                    .forEach(user -> usernames.add(user.id()));
        }
        return usernames;
    }

    private static Contact toContact(AppUser user) {
        return new Contact(user.getUsername(), user.getDisplayName(), user.getEmail(),
                Locale.forLanguageTag(user.getLocale()));
    }
}
