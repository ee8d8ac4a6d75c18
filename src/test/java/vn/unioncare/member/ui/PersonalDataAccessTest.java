package vn.unioncare.member.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.common.RefusedException;
import vn.unioncare.member.MemberDataExport;
import vn.unioncare.member.MemberRecord;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.PersonalDataPurpose;
import vn.unioncare.security.UserAccountService;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9, item 9: personal data is encrypted at rest, every view and export of a member's record is in the audit log
 * (who, when, which member, why), and a member downloads everything UnionCare holds about them.
 */
@UnionCareSpringTest
class PersonalDataAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    MemberService members;
    @Autowired
    MemberDataExport export;
    @Autowired
    CaseStarter starter;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private MemberRecord ownRecordOf(String username) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            return members.findOwnRecord().orElseThrow();
        }
    }

    private long auditEvents(String type, String actor, long memberId) {
        return jdbc.queryForObject("select count(*) from audit_event where event_type = ? and actor = ? and target = ?",
                Long.class, type, actor, "member " + memberId);
    }

    @Test
    void theNationalIdIsStoredOnlyEncryptedAndTheListShowsItMasked() {
        MemberRecord member = ownRecordOf("member");
        Map<String, Object> row = jdbc.queryForMap("select national_id_encrypted, national_id_hash, national_id_last4"
                + " from member where id = ?", member.id());
        assertThat(member.nationalId()).matches("[0-9]{12}");
        assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(member.nationalId()));
        assertThat(jdbc.queryForObject("select count(*) from member where national_id_encrypted like ?", Long.class,
                "%" + member.nationalId() + "%")).isZero();
    }

    @Test
    void theMemberListShowsOnlyTheLastThreeDigitsOfAPhoneNumber() {
        assertThat(MembersView.maskedPhone("0912345678")).isEqualTo("•••••••678");
        assertThat(MembersView.maskedPhone(null)).isEmpty();
    }

    @Test
    void anOfficerOpeningAMembersRecordIsAuditedWithWhoWhichMemberAndWhy() {
        long id = ownRecordOf("member").id();
        long before = auditEvents("PERSONAL_DATA_VIEWED", "school.chair", id);

        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("members/" + id);

        assertThat(auditEvents("PERSONAL_DATA_VIEWED", "school.chair", id)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select details from audit_event where event_type = 'PERSONAL_DATA_VIEWED'"
                + " and actor = 'school.chair' order by id desc limit 1", String.class))
                .contains(PersonalDataPurpose.MEMBER_RECORD.name());
    }

    @Test
    void aRefusedLookAtAnotherUnionsMemberShowsNothingAndAuditsNoView() {
        long id = ownRecordOf("member").id();
        long before = auditEvents("PERSONAL_DATA_VIEWED", "hospital.chair", id);
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            assertThat(members.viewRecord(id, PersonalDataPurpose.MEMBER_RECORD)).isEmpty();
        }
        assertThat(auditEvents("PERSONAL_DATA_VIEWED", "hospital.chair", id)).isEqualTo(before);
    }

    @Test
    void aMemberOpeningTheirRecordIsAuditedAndFindsTheDownloadOfTheirData() {
        long id = ownRecordOf("member").id();
        long before = auditEvents("PERSONAL_DATA_VIEWED", "member", id);

        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("my-record");

        assertThat(auditEvents("PERSONAL_DATA_VIEWED", "member", id)).isEqualTo(before + 1);
        Anchor download = _get(Anchor.class, spec -> spec.withId("download-my-data"));
        assertThat(download.getText()).isEqualTo("Tải toàn bộ dữ liệu của tôi (JSON)");
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void aMemberDownloadsEverythingHeldAboutThemAndTheDownloadIsAudited() throws Exception {
        MemberRecord own = ownRecordOf("member");
        String caseNumber;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            caseNumber = starter.start("foundation-roundtrip", Map.of("note", "dữ liệu của tôi")).caseNumber();
        }
        long before = auditEvents("PERSONAL_DATA_EXPORTED", "member", own.id());

        JsonNode data;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            data = new ObjectMapper().readTree(export.ownDataAsJson());
        }

        assertThat(data.path("member").path("fullName").asText()).isEqualTo(own.fullName());
        assertThat(data.path("member").path("nationalId").asText()).isEqualTo(own.nationalId());
        assertThat(data.path("member").path("cardNumber").asText()).isEqualTo(own.cardNumber());
        assertThat(data.path("account").path("username").asText()).isEqualTo("member");
        assertThat(data.path("cases").findValuesAsText("caseNumber")).contains(caseNumber);
        assertThat(auditEvents("PERSONAL_DATA_EXPORTED", "member", own.id())).isEqualTo(before + 1);
    }

    @Test
    void anAccountWithoutAMemberRecordHasNoDataToDownload() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> export.ownDataAsJson()).isInstanceOf(RefusedException.class)
                    .satisfies(e -> assertThat(((RefusedException) e).status()).isEqualTo(404));
        }
    }
}
