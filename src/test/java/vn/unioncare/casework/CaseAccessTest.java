package vn.unioncare.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.security.UserAccountService;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class CaseAccessTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseAccess access;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    private StartedCase schoolMembersRequest() {
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            return starter.start("foundation-roundtrip", Map.of("note", "Đề nghị"));
        }
    }

    private boolean sees(String username, String caseNumber) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            boolean single = access.visible(caseNumber).isPresent();
            MapSqlParameterSource params = new MapSqlParameterSource("number", caseNumber);
            boolean listed = jdbc.queryForObject("select count(*) from case_file c where c.case_number = :number and "
                    + access.predicate("c", params), params, Long.class) == 1;
            assertThat(listed).as("list and single look-up agree for " + username).isEqualTo(single);
            return single;
        }
    }

    @Test
    void theMemberTheirUnionAndTheUnionsAboveSeeTheCase() {
        String number = schoolMembersRequest().caseNumber();
        assertThat(sees("member", number)).isTrue();
        assertThat(sees("school.chair", number)).isTrue();
        assertThat(sees("commune.officer", number)).isTrue();
        assertThat(sees("hlf.welfare", number)).isTrue();
        assertThat(sees("admin", number)).isTrue();
    }

    @Test
    void otherUnionsAndOtherMembersDoNotSeeTheCase() {
        String number = schoolMembersRequest().caseNumber();
        for (String other : new String[] {"hospital.chair", "factory.chair", "health.officer", "parks.officer",
                "hospital.member", "designer"}) {
            assertThat(sees(other, number)).as(other).isFalse();
        }
    }

    @Test
    void anotherUnionsCaseNumberIsNotFound() {
        String number = schoolMembersRequest().caseNumber();
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            assertThatThrownBy(() -> access.require(number)).isInstanceOf(CaseworkException.class)
                    .hasFieldOrPropertyWithValue("status", 404);
        }
    }
}
