package vn.unioncare.safety;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.DemoRequests;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.common.RefusedException;
import vn.unioncare.security.UserAccountService;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@UnionCareSpringTest
class ReporterConversationTest {

    @Autowired
    ReporterConversation conversation;
    @Autowired
    TrackingCodes trackingCodes;
    @Autowired
    CaseStarter starter;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRecords records;

    private String schoolCase() {
        return DemoRequests.fromSchoolMember(starter, accounts).caseNumber();
    }

    private static void assertRefused(Runnable action, String messageKey, int status) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.status()).isEqualTo(status);
        });
    }

    @Test
    void anOfficerAsksAndTheReporterAnswersWithTheCodeAlone() {
        String caseNumber = schoolCase();
        String code = trackingCodes.issue(caseNumber);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            conversation.ask(caseNumber, "Máy ép ở xưởng nào?\r\nTầng mấy?");
        }
        ConversationEntry answer = conversation.answer(code, "  Xưởng 2, tầng 1  ");

        assertThat(answer.officerUsername()).isNull();
        assertThat(conversation.forReporter(code))
                .extracting(ConversationEntry::direction, ConversationEntry::text, ConversationEntry::officerUsername)
                .containsExactly(tuple(ConversationDirection.QUESTION, "Máy ép ở xưởng nào?\nTầng mấy?", null),
                        tuple(ConversationDirection.ANSWER, "Xưởng 2, tầng 1", null));
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            assertThat(conversation.forCase(caseNumber))
                    .extracting(ConversationEntry::direction, ConversationEntry::officerUsername,
                            ConversationEntry::officerName)
                    .containsExactly(tuple(ConversationDirection.QUESTION, "school.chair",
                                    "Nguyễn Thị Mai (Chủ tịch CĐCS THCS Nghĩa Tân)"),
                            tuple(ConversationDirection.ANSWER, null, null));
        }
    }

    @Test
    void theReportersAnswerStoresNothingButCaseTextAndTime() {
        String caseNumber = schoolCase();
        String code = trackingCodes.issue(caseNumber);
        conversation.answer(code, "Thêm: có hai người bị thương nhẹ");
        List<Map<String, Object>> rows = jdbc.queryForList("select * from safety_message where case_number = ?",
                caseNumber);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("AUTHOR_USERNAME")).isNull();
            assertThat(row.keySet()).containsExactlyInAnyOrder("ID", "CASE_NUMBER", "DIRECTION", "TEXT",
                    "AUTHOR_USERNAME", "CREATED_AT");
        });
    }

    @Test
    void aClosedCaseTakesNoMoreQuestionsOrAnswers() {
        StartedCase started = DemoRequests.fromSchoolMember(starter, accounts);
        String code = trackingCodes.issue(started.caseNumber());
        records.close(started.processInstanceId());

        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertRefused(() -> conversation.ask(started.caseNumber(), "Còn nguy cơ không?"),
                    "safety.conversation.closed", 409);
        }
        assertRefused(() -> conversation.answer(code, "Vẫn còn"), "safety.conversation.closed", 409);
        assertThat(conversation.forReporter(code)).isEmpty();
    }

    @Test
    void anOfficerOfAnotherUnionNeitherAsksNorReads() {
        String caseNumber = schoolCase();
        trackingCodes.issue(caseNumber);
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            assertRefused(() -> conversation.ask(caseNumber, "Câu hỏi"), "error.notFoundOrNoAccess", 404);
            assertRefused(() -> conversation.forCase(caseNumber), "error.notFoundOrNoAccess", 404);
        }
    }

    @Test
    void onlyAnonymousReportersAreAskedThroughTheChannel() {
        String caseNumber = schoolCase();
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertRefused(() -> conversation.ask(caseNumber, "Câu hỏi"), "safety.conversation.notAnonymous", 409);
        }
    }

    @Test
    void aWrongCodeNeitherAnswersNorReads() {
        String code = trackingCodes.issue(schoolCase());
        String wrong = code.substring(0, code.length() - 1) + (code.endsWith("Z") ? "Y" : "Z");
        assertRefused(() -> conversation.answer(wrong, "Xin chào"), "safety.track.notFound", 404);
        assertRefused(() -> conversation.forReporter(wrong), "safety.track.notFound", 404);
        assertRefused(() -> conversation.forReporter(""), "safety.track.notFound", 404);
    }

    @Test
    void textsAreCheckedWithClearMessages() {
        String caseNumber = schoolCase();
        String code = trackingCodes.issue(caseNumber);
        assertRefused(() -> conversation.answer(code, " \n "), "safety.message.required", 422);
        assertRefused(() -> conversation.answer(code, "x".repeat(4001)), "safety.message.tooLong", 422);
        assertRefused(() -> conversation.answer(code, "chuông\u0007"), "safety.message.controlCharacters", 422);
        assertRefused(() -> conversation.answer(code, "abc\u202Egnp.exe"), "safety.message.controlCharacters", 422);
        assertThat(conversation.answer(code, "x".repeat(4000)).text()).hasSize(4000);
        assertThat(jdbc.queryForObject("select count(*) from safety_message where case_number = ?", Long.class,
                caseNumber)).isEqualTo(1);
    }
}
