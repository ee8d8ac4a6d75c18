package vn.unioncare.jobs;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.unioncare.DecisionTables;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of {@code referral-channel}: unclaimed unemployment insurance first, then a matching vacancy, then a
 * digital-skills course for those without the skills, else the next job fair.
 */
class ReferralChannelTableTest {

    @ParameterizedTest(name = "insurance {0}, {1}, {2} vacancies, digital skills {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            not-claimed  | unemployed       | 5 | none  | insurance-advice
            not-claimed  | leaving-soon     | 2 | basic | partner-vacancy
            receiving    | unemployed       | 1 | none  | partner-vacancy
            not-eligible | employed-seeking | 0 | none  | digital-skills
            receiving    | unemployed       | 0 | basic | job-fair
            unknown      | leaving-soon     | 0 | good  | job-fair
            """)
    void channelFollowsInsuranceVacanciesAndSkills(String uiStatus, String employmentStatus, int openVacancies,
                                                    String digitalSkills, String channel) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("uiStatus", uiStatus);
        profile.put("employmentStatus", employmentStatus);
        profile.put("openVacancies", openVacancies);
        profile.put("digitalSkills", digitalSkills);

        DmnDecisionResultEntries result = DecisionTables.evaluate("referral-channel.dmn", profile);

        assertThat(result.<String>getEntry("channel")).isEqualTo(channel);
        assertThat(result.<String>getEntry("channelReason")).isNotBlank();
    }

    @AfterAll
    static void everyRowIsReachedByACaseAbove() {
        assertThat(DecisionTables.matchedRules()).containsAll(DecisionTables.ruleIds("referral-channel.dmn"));
    }
}
