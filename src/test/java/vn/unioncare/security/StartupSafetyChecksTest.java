package vn.unioncare.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import vn.unioncare.UnionCareSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.security.StartupSafetyChecks.DEMO_TRACKING_PEPPER;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class StartupSafetyChecksTest {

    private static final String PRODUCTION_PEPPER = "k3Jq9vX2mP8sT4wZ7bN1cR6fH0yL5dGe";

    @Autowired
    UserAccountService accounts;

    @Autowired
    Environment environment;

    @Test
    void theProductionProfileRefusesToStartWhileAccountsHaveDemoPasswords() {
        StartupSafetyChecks production = new StartupSafetyChecks(accounts, true, "", PRODUCTION_PEPPER);
        assertThatThrownBy(() -> production.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuses to start")
                .hasMessageContaining("admin").hasMessageContaining("school.chair");
    }

    @Test
    void theProductionProfileRefusesADemoBootstrapPassword() {
        assertThatThrownBy(() -> new StartupSafetyChecks(accounts, true, "demo", PRODUCTION_PEPPER).run(null))
                .hasMessageContaining("bootstrap administrator password");
    }

    @Test
    void theDemoProfileStartsWithItsAdministrator() {
        assertThatCode(() -> new StartupSafetyChecks(accounts, false, "", DEMO_TRACKING_PEPPER).run(null)).doesNotThrowAnyException();
        assertThat(accounts.countEnabledWithSystemRole(SystemRole.ADMIN)).isPositive();
    }

    @Test
    void theDemoProfileHashesTrackingCodesWithTheDemoPepperThatProductionRefuses() {
        assertThat(environment.getProperty("unioncare.safety.tracking-pepper")).isEqualTo(DEMO_TRACKING_PEPPER);
        assertThatThrownBy(() -> new StartupSafetyChecks(accounts, true, "", DEMO_TRACKING_PEPPER).run(null))
                .hasMessageContaining("UNIONCARE_TRACKING_PEPPER");
    }

    @Test
    void productionRefusesAShortTrackingPepper() {
        assertThatThrownBy(() -> new StartupSafetyChecks(accounts, true, "", "short-pepper").run(null))
                .hasMessageContaining("UNIONCARE_TRACKING_PEPPER");
    }

    @Test
    void noInstallationStartsWithoutATrackingPepper() {
        assertThatThrownBy(() -> new StartupSafetyChecks(accounts, false, "", " ").run(null))
                .hasMessageContaining("refuses to start").hasMessageContaining("UNIONCARE_TRACKING_PEPPER");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        assertThat(accounts.loadUser("admin").orElseThrow().getPassword()).startsWith("$2a$").doesNotContain("demo");
    }
}
