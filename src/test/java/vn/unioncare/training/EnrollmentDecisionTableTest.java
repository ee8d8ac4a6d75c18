package vn.unioncare.training;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.unioncare.DecisionTables;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of {@code enrollment-decision}, first match wins: inactive members, holders of the certificate, a second
 * enrollment in the same cohort and a closed cohort are refused; a held seat is approved at once for members referred
 * by job referral or nominated by their union, confirmed by the union otherwise; no seat means the waitlist.
 */
class EnrollmentDecisionTableTest {

    @ParameterizedTest(name = "active {0}, certified {1}, enrolled {2}, open {3}, seat {4}, referred {5}, nominated {6} -> {7}")
    @CsvSource(delimiter = '|', textBlock = """
            false | false | false | true  | true  | false | false | reject-inactive
            false | true  | true  | false | false | true  | true  | reject-inactive
            true  | true  | false | true  | true  | false | false | reject-certified
            true  | true  | true  | false | false | true  | true  | reject-certified
            true  | false | true  | true  | true  | false | false | reject-duplicate
            true  | false | false | false | false | true  | true  | reject-closed
            true  | false | false | true  | true  | true  | false | approve
            true  | false | false | true  | true  | true  | true  | approve
            true  | false | false | true  | true  | false | true  | approve
            true  | false | false | true  | true  | false | false | confirm
            true  | false | false | true  | false | false | false | waitlist
            true  | false | false | true  | false | true  | true  | waitlist
            """)
    void enrollmentFollowsMembershipCertificatesAndSeats(boolean memberActive, boolean alreadyCertified,
                                                          boolean alreadyEnrolled, boolean cohortOpen, boolean seatLeft,
                                                          boolean referred, boolean nominated, String decision) {
        DmnDecisionResultEntries result = DecisionTables.evaluate("enrollment-decision.dmn", Map.of(
                "memberActive", memberActive, "alreadyCertified", alreadyCertified, "alreadyEnrolled", alreadyEnrolled,
                "cohortOpen", cohortOpen, "seatLeft", seatLeft, "referredFromJobReferral", referred,
                "nominated", nominated));

        assertThat(result.<String>getEntry("decision")).isEqualTo(decision);
        assertThat(result.<String>getEntry("reason")).isNotBlank();
    }

    @AfterAll
    static void everyRowIsReachedByACaseAbove() {
        assertThat(DecisionTables.matchedRules()).containsAll(DecisionTables.ruleIds("enrollment-decision.dmn"));
    }
}
