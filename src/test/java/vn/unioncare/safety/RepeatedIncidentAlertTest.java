package vn.unioncare.safety;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.security.UserAccountService;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third accident or near miss at the same employer within a quarter alerts the union directly above the
 * workplace, once; the second does not, and hazards do not count.
 */
@UnionCareSpringTest
class RepeatedIncidentAlertTest {

    @Autowired
    CaseStarter starter;
    @Autowired
    UserAccountService accounts;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void theIndustrialParksUnionHearsOfTheThirdIncidentAtAnEmployerInAQuarterOnce() {
        String employer = "Công ty TNHH Cơ khí Lặp Lại " + UUID.randomUUID().toString().substring(0, 8);

        report(employer, "accident");
        report(employer, "hazard");
        report(employer, "near-miss");
        assertThat(alertsTo("parks.officer", employer)).isZero();

        report(employer, "accident");
        assertThat(alertsTo("parks.officer", employer)).isEqualTo(1);

        report(employer, "accident");
        assertThat(alertsTo("parks.officer", employer)).isEqualTo(1);
        assertThat(alertsTo("commune.officer", employer)).isZero();
    }

    private void report(String employer, String type) {
        Map<String, Object> form = new HashMap<>();
        form.put("workplaceUnion", "CS-DT-THANG-LONG");
        form.put("employerName", employer);
        form.put("place", "Phân xưởng dập, Khu công nghiệp Thăng Long");
        form.put("occurredAt", "2026-11-20T08:30");
        form.put("reportType", type);
        form.put("deaths", 0);
        form.put("seriouslyInjured", 0);
        form.put("lightlyInjured", "accident".equals(type) ? 1 : 0);
        form.put("contractType", "labour-contract");
        form.put("description", "Công nhân bị kẹp tay khi vận hành máy dập");
        try (SignedIn s = SignedIn.as(accounts, "factory.chair")) {
            starter.start("safety-incident", form);
        }
    }

    private int alertsTo(String username, String employer) {
        return jdbc.queryForObject("select count(*) from notification where recipient = :recipient"
                        + " and kind = 'SAFETY_REPEATED_INCIDENTS' and message like :employer",
                new MapSqlParameterSource("recipient", username).addValue("employer", "%" + employer + "%"),
                Integer.class);
    }
}
