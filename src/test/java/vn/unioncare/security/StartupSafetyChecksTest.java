package vn.unioncare.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.UnionCareSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class StartupSafetyChecksTest {

    @Autowired
    UserAccountService accounts;

    @Test
    void theProductionProfileRefusesToStartWhileAccountsHaveDemoPasswords() {
        StartupSafetyChecks production = new StartupSafetyChecks(accounts, true, "");
        assertThatThrownBy(() -> production.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuses to start")
                .hasMessageContaining("admin").hasMessageContaining("school.chair");
    }

    @Test
    void theProductionProfileRefusesADemoBootstrapPassword() {
        assertThatThrownBy(() -> new StartupSafetyChecks(accounts, true, "demo").run(null))
                .hasMessageContaining("bootstrap administrator password");
    }

    @Test
    void theDemoProfileStartsWithItsAdministrator() {
        assertThatCode(() -> new StartupSafetyChecks(accounts, false, "").run(null)).doesNotThrowAnyException();
        assertThat(accounts.countEnabledWithSystemRole(SystemRole.ADMIN)).isPositive();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        assertThat(accounts.loadUser("admin").orElseThrow().getPassword()).startsWith("$2a$").doesNotContain("demo");
    }
}
