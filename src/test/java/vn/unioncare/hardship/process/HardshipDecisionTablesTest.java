package vn.unioncare.hardship.process;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import vn.unioncare.DecisionTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of the two hardship decision tables, as Camunda's DMN engine evaluates the deployed files. */
class HardshipDecisionTablesTest {

    @ParameterizedTest(name = "{0}, {1}, {2} grants, documents [{3}] -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            LEFT      | sickness              | 0 | medical                 | ineligible       | không phải là đoàn viên
            SUSPENDED | tet                   | 0 |                         | ineligible       | không phải là đoàn viên
            DECEASED  | sickness              | 0 | medical                 | ineligible       | đã qua đời
            DECEASED  | member-death          | 0 | death-certificate       | eligible         | Đủ điều kiện
            ACTIVE    | sickness              | 1 | medical                 | ineligible       | cùng loại trong 12 tháng
            ACTIVE    | sickness              | 0 | photos                  | needsInformation | giấy tờ y tế
            ACTIVE    | occupational-accident | 0 | accident-record         | needsInformation | giấy tờ y tế
            ACTIVE    | occupational-accident | 0 | medical                 | needsInformation | biên bản tai nạn lao động
            ACTIVE    | occupational-accident | 0 | medical,accident-record | eligible         | Đủ điều kiện
            ACTIVE    | member-death          | 0 |                         | needsInformation | giấy chứng tử
            ACTIVE    | relative-death        | 0 | photos                  | needsInformation | giấy chứng tử
            ACTIVE    | natural-disaster      | 0 | photos                  | needsInformation | chính quyền địa phương
            ACTIVE    | natural-disaster      | 0 | authority-confirmation  | eligible         | Đủ điều kiện
            ACTIVE    | shelter-new           | 0 | authority-confirmation  | needsInformation | quyền sử dụng đất
            ACTIVE    | shelter-repair        | 0 | land-use                | eligible         | Đủ điều kiện
            ACTIVE    | tet                   | 0 |                         | eligible         | Đủ điều kiện
            ACTIVE    | other                 | 0 |                         | eligible         | Đủ điều kiện
            """)
    void eligibilityTableDecidesEachRow(String memberStatus, String supportType, int grants, String documents,
                                       String eligibility, String reasonPart) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("memberStatus", memberStatus);
        variables.put("supportType", supportType);
        variables.put("recentSameTypeGrants", grants);
        variables.put("providedDocuments", documents == null ? List.of() : Arrays.asList(documents.split(",")));

        DmnDecisionResultEntries result = evaluate("hardship-eligibility.dmn", variables);

        assertThat(result.<String>getEntry("eligibility")).isEqualTo(eligibility);
        assertThat(result.<String>getEntry("eligibilityReason")).contains(reasonPart);
    }

    @ParameterizedTest(name = "{0}, proposed {1}, loss {2} -> {3} cap {4}")
    @CsvSource(delimiter = '|', textBlock = """
            member-death     | 10000000 |          | CITY            | 10000000 | 10
            shelter-new      | 30000000 |          | CITY            | 30000000 | 15
            shelter-repair   | 20000000 |          | CITY            | 20000000 | 15
            natural-disaster | 3000000  | 35000000 | CITY            | 3000000  | 10
            natural-disaster | 2000000  | 20000000 | CITY            | 2000000  | 10
            natural-disaster | 1000000  | 19999999 | CITY            | 1000000  | 10
            natural-disaster | 1000000  | 5000000  | CITY            | 0        | 10
            tet              | 1000000  |          | GRASSROOTS      | 1000000  | 3
            tet              | 1500000  |          | DIRECT_SUPERIOR | 2000000  | 5
            sickness         | 1000000  |          | GRASSROOTS      | 1000000  | 3
            relative-death   | 5000000  |          | DIRECT_SUPERIOR | 5000000  | 5
            sickness         | 8000000  |          | CITY            | 10000000 | 10
            """)
    void approvalLevelTableDecidesEachRow(String supportType, long proposed, Long loss, String level, long cap,
                                          int slaDays) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("supportType", supportType);
        variables.put("proposedAmount", proposed);
        variables.put("estimatedLoss", loss);

        DmnDecisionResultEntries result = evaluate("hardship-approval-level.dmn", variables);

        assertThat(result.<String>getEntry("approvalLevel")).isEqualTo(level);
        assertThat(result.<Long>getEntry("approvalCap")).isEqualTo(cap);
        assertThat(result.<Integer>getEntry("approvalSlaDays")).isEqualTo(slaDays);
    }

    /** A row that no case above reaches is a row nobody checked. */
    @AfterAll
    static void everyRowOfBothTablesIsReachedByACaseAbove() {
        assertThat(DecisionTables.matchedRules()).containsAll(DecisionTables.ruleIds("hardship-eligibility.dmn"))
                .containsAll(DecisionTables.ruleIds("hardship-approval-level.dmn"));
    }

    private static DmnDecisionResultEntries evaluate(String file, Map<String, Object> variables) {
        return DecisionTables.evaluate(file, variables);
    }
}
