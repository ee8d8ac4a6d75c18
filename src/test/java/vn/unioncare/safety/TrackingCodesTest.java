package vn.unioncare.safety;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.UnionCareSpringTest;

import javax.sql.DataSource;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
@Transactional
class TrackingCodesTest {

    private static final String SHAPE = "([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}";

    @Autowired
    TrackingCodes codes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private static String newCaseNumber() {
        return "AT-TEST-" + UUID.randomUUID().toString().substring(0, 12);
    }

    @Test
    void aCodeIsTwentyEightCrockfordSymbolsInGroupsOfFourAndOpensItsCase() {
        String caseNumber = newCaseNumber();
        String code = codes.issue(caseNumber);
        assertThat(code).matches(SHAPE);
        assertThat(TrackingCodes.SYMBOLS * Math.log(TrackingCodes.ALPHABET.length()) / Math.log(2))
                .isGreaterThanOrEqualTo(128);
        assertThat(codes.caseOf(code)).contains(caseNumber);
        assertThat(codes.issuedFor(caseNumber)).isTrue();
    }

    @Test
    void codesAreStoredOnlyAsAKeyedHash() {
        String caseNumber = newCaseNumber();
        String code = codes.issue(caseNumber);
        Map<String, Object> row = jdbc.queryForMap("select * from safety_tracking_code where case_number = ?",
                caseNumber);
        String hash = (String) row.get("CODE_HASH");
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(TraceSearch.in(dataSource).inDatabase(hash)).containsExactly("PUBLIC.SAFETY_TRACKING_CODE.CODE_HASH");
        assertThat(TraceSearch.in(dataSource).inDatabase(code, code.replace("-", ""))).isEmpty();
    }

    @Test
    void aCodeIsFoundWhateverTheCaseSpacingAndConfusableLetters() {
        String caseNumber = newCaseNumber();
        String code = codes.issue(caseNumber);
        String typed = " " + code.toLowerCase(Locale.ROOT).replace('-', ' ').replace('0', 'o').replace('1', 'l') + " ";
        assertThat(codes.caseOf(typed)).contains(caseNumber);
        assertThat(codes.caseOf(code.replace("-", "").replace('1', 'I'))).contains(caseNumber);
    }

    @Test
    void wrongAndMalformedCodesOpenNothing() {
        String code = codes.issue(newCaseNumber());
        char last = code.charAt(code.length() - 1);
        String oneSymbolOff = code.substring(0, code.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        assertThat(codes.caseOf(oneSymbolOff)).isEmpty();
        assertThat(codes.caseOf(code.substring(0, code.length() - 1))).isEmpty();
        assertThat(codes.caseOf("")).isEmpty();
        assertThat(codes.caseOf(null)).isEmpty();
        assertThat(codes.caseOf("' or 1=1 --")).isEmpty();
        assertThat(codes.caseOf(code.repeat(5))).isEmpty();
    }

    @Test
    void everyIssuedCodeIsNew() {
        assertThat(codes.issue(newCaseNumber())).isNotEqualTo(codes.issue(newCaseNumber()));
    }

    @Test
    void aCaseHasOneCode() {
        String caseNumber = newCaseNumber();
        codes.issue(caseNumber);
        assertThatThrownBy(() -> codes.issue(caseNumber)).isInstanceOf(RuntimeException.class);
    }
}
