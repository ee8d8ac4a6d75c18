package vn.unioncare.safety;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.unioncare.DecisionTables;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of {@code incident-severity}: the severity classes of Decree 39/2016, who investigates, the legal
 * investigation deadline (4, 7, 20, 30 days), which authorities must be told at once and which union level leads.
 */
class IncidentSeverityTableTest {

    @ParameterizedTest(name = "{0}: {1} dead, {2} seriously injured, contract {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            accident  | 1 | 0 | none       | fatal            | provincial-team  | 30 | Công an; Ủy ban nhân dân cấp xã | CITY
            accident  | 2 | 3 | indefinite | fatal            | provincial-team  | 30 | Công an                         | CITY
            accident  | 0 | 2 | none       | serious-multiple | provincial-team  | 20 | Ủy ban nhân dân cấp xã          | DIRECT_SUPERIOR
            accident  | 0 | 4 | fixed-term | serious-multiple | provincial-team  | 20 | Thanh tra lao động              | DIRECT_SUPERIOR
            accident  | 0 | 1 | none       | serious          | employer-team    | 7  | Ủy ban nhân dân cấp xã          | GRASSROOTS
            accident  | 0 | 1 | indefinite | serious          | employer-team    | 7  |                                 | GRASSROOTS
            accident  | 0 | 0 | none       | light            | employer-team    | 4  | Ủy ban nhân dân cấp xã          | GRASSROOTS
            accident  | 0 | 0 | fixed-term | light            | employer-team    | 4  |                                 | GRASSROOTS
            hazard    | 0 | 0 | indefinite | hazard           | union-assessment | 0  |                                 | GRASSROOTS
            near-miss | 0 | 0 | none       | hazard           | union-assessment | 0  |                                 | GRASSROOTS
            """)
    void severityTableClassifiesEachKindOfReport(String reportType, int deaths, int seriouslyInjured, String contract,
                                                 String severity, String investigatedBy, int days, String authority,
                                                 String leadLevel) {
        Map<String, Object> report = new HashMap<>();
        report.put("reportType", reportType);
        report.put("deaths", deaths);
        report.put("seriouslyInjured", seriouslyInjured);
        report.put("contractType", contract);

        DmnDecisionResultEntries result = DecisionTables.evaluate("incident-severity.dmn", report);

        assertThat(result.<String>getEntry("severity")).isEqualTo(severity);
        assertThat(result.<String>getEntry("investigatedBy")).isEqualTo(investigatedBy);
        assertThat(result.<Integer>getEntry("investigationDays")).isEqualTo(days);
        assertThat(result.<String>getEntry("notifyAuthorities")).contains(authority == null ? "" : authority);
        if (authority == null) {
            assertThat(result.<String>getEntry("notifyAuthorities")).isEmpty();
        }
        assertThat(result.<String>getEntry("leadLevel")).isEqualTo(leadLevel);
    }

    /** A row that no case above reaches is a row nobody checked. */
    @AfterAll
    static void everyRowIsReachedByACaseAbove() {
        assertThat(DecisionTables.matchedRules()).containsAll(DecisionTables.ruleIds("incident-severity.dmn"));
    }
}
