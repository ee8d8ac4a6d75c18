package vn.unioncare.training;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.unioncare.DecisionTables;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of {@code course-completion}, at the edges: attendance of 80 % and a score of 70 certify; attendance met
 * with a failed test allows one retake; anything else is incomplete.
 */
class CourseCompletionTableTest {

    @ParameterizedTest(name = "attendance {0} %, score {1}, retake used {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            80  | 70  | false | certified
            100 | 100 | true  | certified
            80  | 69  | false | retake
            95  | 0   | false | retake
            80  | 69  | true  | incomplete
            79  | 100 | false | incomplete
            0   |     | false | incomplete
            """)
    void completionFollowsAttendanceAndScore(int attendancePercent, Integer testScore, boolean retakeUsed,
                                             String completion) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("attendancePercent", attendancePercent);
        facts.put("testScore", testScore);
        facts.put("retakeUsed", retakeUsed);

        DmnDecisionResultEntries result = DecisionTables.evaluate("course-completion.dmn", facts);

        assertThat(result.<String>getEntry("completion")).isEqualTo(completion);
        assertThat(result.<String>getEntry("reason")).isNotBlank();
    }

    @AfterAll
    static void everyRowIsReachedByACaseAbove() {
        assertThat(DecisionTables.matchedRules()).containsAll(DecisionTables.ruleIds("course-completion.dmn"));
    }
}
