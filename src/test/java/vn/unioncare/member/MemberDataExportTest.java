package vn.unioncare.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.documents.PdfDocument;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.security.UserAccountService;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 9, item 9: the member's download holds what every feature keeps about them, one section per feature. */
@UnionCareSpringTest
class MemberDataExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseAttachments attachments;
    @Autowired
    Notifier notifier;
    @Autowired
    MemberDataExport export;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDownloadHoldsHardshipTrainingJobReferralFormValuesDocumentsAndNotifications() throws Exception {
        String circumstances = "Nhà bị ngập " + System.nanoTime();
        StartedCase hardship = HardshipSteps.of(context).submit("member",
                HardshipSteps.request("sickness", circumstances, 2_000_000));
        long cohortId = jdbc.queryForObject("select min(id) from training_cohort where status = 'OPEN'", Long.class);
        String trade = "Thợ hàn " + System.nanoTime();
        StartedCase training;
        StartedCase referral;
        String letter = "giay-xac-nhan-" + System.nanoTime() + ".pdf";
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            training = starter.start("training-enrollment", Map.of("cohortId", String.valueOf(cohortId)));
            referral = starter.start("job-referral", profile(trade));
            attachments.upload(hardship.caseNumber(), letter, new ByteArrayInputStream(
                    PdfDocument.a4("Giấy xác nhận").paragraph("Xác nhận hoàn cảnh").toBytes()));
        }
        notifier.notify(Happening.aboutCase(NotificationKind.TASK_RESOLVED, hardship.caseNumber(), "export"),
                List.of("member"));
        await().atMost(HardshipSteps.PATIENCE).until(() -> rows("hardship_request", hardship)
                + rows("training_enrollment", training) + rows("job_referral", referral) == 3);

        JsonNode data;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            data = new ObjectMapper().readTree(export.ownDataAsJson());
        }

        assertThat(entryOf(data, "hardshipRequests", hardship).path("circumstances").asText()).isEqualTo(circumstances);
        assertThat(entryOf(data, "hardshipRequests", hardship).path("amount_requested").asLong()).isEqualTo(2_000_000);
        assertThat(entryOf(data, "trainingEnrollments", training).path("course").asText()).isEqualTo(jdbc.queryForObject(
                "select c.title from training_course c join training_cohort h on h.course_id = c.id where h.id = ?",
                String.class, cohortId));
        assertThat(entryOf(data, "jobReferrals", referral).path("trade").asText()).isEqualTo(trade);
        assertThat(entryOf(data, "jobReferrals", referral).path("reason_for_leaving").asText())
                .isEqualTo("Nhà máy giảm biên chế");
        assertThat(data.path("cases").findParents("caseNumber")).filteredOn(
                entry -> entry.path("caseNumber").asText().equals(training.caseNumber()))
                .singleElement().satisfies(entry -> assertThat(entry.path("formValues").path("cohortId").asText())
                        .isEqualTo(String.valueOf(cohortId)));
        assertThat(entryOf(data, "caseDocuments", hardship).path("filename").asText()).isEqualTo(letter);
        assertThat(data.path("notifications").findValuesAsText("link"))
                .anySatisfy(link -> assertThat(link).contains(hardship.caseNumber()));
    }

    private long rows(String table, StartedCase started) {
        return jdbc.queryForObject("select count(*) from " + table + " where case_number = ?", Long.class,
                started.caseNumber());
    }

    private static JsonNode entryOf(JsonNode data, String section, StartedCase started) {
        assertThat(data.path(section).isArray()).as(section).isTrue();
        for (JsonNode entry : data.path(section)) {
            if (started.caseNumber().equals(entry.path("case_number").asText())) {
                return entry;
            }
        }
        throw new AssertionError(section + " holds no entry for " + started.caseNumber() + ": " + data.path(section));
    }

    private static Map<String, Object> profile(String trade) {
        Map<String, Object> profile = new HashMap<>(Map.of("employmentStatus", "unemployed", "reasonForLeaving",
                "Nhà máy giảm biên chế", "uiStatus", "receiving", "trade", trade, "skills", "hàn điện",
                "desiredOccupation", "Thợ hàn", "location", "Đông Anh", "expectedSalary", 8_000_000,
                "availableFrom", LocalDate.now().toString(), "digitalSkills", "basic"));
        profile.put("consentToShare", true);
        return profile;
    }
}
