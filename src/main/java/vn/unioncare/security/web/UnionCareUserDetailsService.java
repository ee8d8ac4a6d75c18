package vn.unioncare.security.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.unioncare.security.UserAccountService;

/** Sign-in for the UI form, HTTP Basic on the REST APIs and, through Spring, Cockpit: all from the one user store. */
@Service
class UnionCareUserDetailsService implements UserDetailsService {

    private final UserAccountService accounts;

    UnionCareUserDetailsService(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.loadUser(username).orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }
}
