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
 * Every installation needs the pepper that anonymous reporters' tracking codes are hashed with; production refuses the
 * demo profile's one and any shorter than {@value #MIN_PEPPER_LENGTH} characters.
 */
@Component
@Order(10)
class StartupSafetyChecks implements ApplicationRunner {

    static final Set<String> DEMO_PASSWORDS = Set.of("demo", "admin", "password", "changeme");
    /** The development pepper of {@code application-demo.properties}. */
    static final String DEMO_TRACKING_PEPPER = "demo-only-tracking-pepper-do-not-use-in-production";
    static final int MIN_PEPPER_LENGTH = 32;

    private final UserAccountService accounts;
    private final boolean refuseDemoPasswords;
    private final String bootstrapAdminPassword;
    private final String trackingPepper;

    StartupSafetyChecks(UserAccountService accounts,
                        @Value("${unioncare.security.refuse-demo-passwords:false}") boolean refuseDemoPasswords,
                        @Value("${unioncare.bootstrap.admin-password:}") String bootstrapAdminPassword,
                        @Value("${unioncare.safety.tracking-pepper:}") String trackingPepper) {
        this.accounts = accounts;
        this.refuseDemoPasswords = refuseDemoPasswords;
        this.bootstrapAdminPassword = bootstrapAdminPassword;
        this.trackingPepper = trackingPepper;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (trackingPepper.isBlank() || refuseDemoPasswords && (DEMO_TRACKING_PEPPER.equals(trackingPepper)
                || trackingPepper.length() < MIN_PEPPER_LENGTH)) {
            throw new IllegalStateException("UnionCare refuses to start: set UNIONCARE_TRACKING_PEPPER to a secret of "
                    + "at least " + MIN_PEPPER_LENGTH + " random characters (openssl rand -base64 32), not the demo "
                    + "one; anonymous reporters' tracking codes are hashed with it. Keep it: changing it makes every "
                    + "issued tracking code invalid.");
        }
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
