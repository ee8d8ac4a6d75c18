package vn.unioncare.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Refuses to start an installation that is not safe to run: with {@code unioncare.security.refuse-demo-passwords}
 * (the {@code prod} profile) any demo-data account whose password is still a demo password stops the start-up, and every
 * installation needs at least one administrator, so that Camunda's {@code camunda-admin} group is never empty.
 */
@Component
@Order(10)
class StartupSafetyChecks implements ApplicationRunner {

    static final Set<String> DEMO_PASSWORDS = Set.of("demo", "admin", "password", "changeme");

    private final UserAccountService accounts;
    private final boolean refuseDemoPasswords;
    private final String bootstrapAdminPassword;

    StartupSafetyChecks(UserAccountService accounts,
                        @Value("${unioncare.security.refuse-demo-passwords:false}") boolean refuseDemoPasswords,
                        @Value("${unioncare.bootstrap.admin-password:}") String bootstrapAdminPassword) {
        this.accounts = accounts;
        this.refuseDemoPasswords = refuseDemoPasswords;
        this.bootstrapAdminPassword = bootstrapAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (refuseDemoPasswords && DEMO_PASSWORDS.contains(bootstrapAdminPassword)) {
            throw new IllegalStateException("UnionCare refuses to start: the bootstrap administrator password is a "
                    + "demo password");
        }
        if (refuseDemoPasswords) {
            for (String password : DEMO_PASSWORDS) {
                List<String> offenders = accounts.demoAccountsWithPassword(password);
                if (!offenders.isEmpty()) {
                    throw new IllegalStateException("UnionCare refuses to start: these accounts still have a demo or "
                            + "default password, change them first: " + offenders);
                }
            }
        }
        if (accounts.countEnabledWithSystemRole(SystemRole.ADMIN) == 0 && !bootstrapAdminPassword.isBlank()) {
            SystemAuthentication.runAsSystem(() -> accounts.createAccount(new NewAccount("admin", bootstrapAdminPassword,
                    "Administrator", null, null, Set.of(SystemRole.ADMIN))));
        }
        if (accounts.countEnabledWithSystemRole(SystemRole.ADMIN) == 0) {
            throw new IllegalStateException("UnionCare refuses to start: no enabled administrator account exists, so "
                    + "Camunda's camunda-admin group would be empty. Set UNIONCARE_BOOTSTRAP_ADMIN_PASSWORD once to create the account 'admin'.");
        }
    }
}
