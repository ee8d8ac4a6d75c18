package vn.unioncare.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.security.UserAccountService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class CaseCommentsTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseComments comments;
    @Autowired
    AuditTrail audit;

    private String schoolCase() {
        return CaseFileRequests.submit(accounts, starter, "member", "Đề nghị").caseNumber();
    }

    @Test
    void aCommentIsListedWithItsAuthorAndRecordedInTheAuditLog() {
        String caseNumber = schoolCase();
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            comments.add(caseNumber, "  Đã xác minh với nhà trường  ");
        }
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            comments.add(caseNumber, "Cảm ơn công đoàn");
            assertThat(comments.list(caseNumber)).extracting(CaseComment::author, CaseComment::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("school.chair", "Đã xác minh với nhà trường"),
                            org.assertj.core.groups.Tuple.tuple("member", "Cảm ơn công đoàn"));
            assertThat(comments.list(caseNumber).get(1).authorName()).isEqualTo("Nguyễn Văn An");
        }
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertThat(audit.find(new AuditFilter(AuditType.COMMENT_ADDED, null, caseNumber), PageRequest.of(0, 10)))
                    .extracting(AuditEvent::actor).containsExactly("member", "school.chair");
        }
    }

    @Test
    void aBlankCommentIsRefusedWithAClearMessage() {
        String caseNumber = schoolCase();
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            for (String blank : new String[] {"", "   ", "\n\t", null}) {
                assertThatThrownBy(() -> comments.add(caseNumber, blank))
                        .isInstanceOfSatisfying(CaseworkException.class, e -> {
                            assertThat(e.messageKey()).isEqualTo("casefile.comment.error.blank");
                            assertThat(e.status()).isEqualTo(422);
                        });
            }
            assertThat(comments.list(caseNumber)).isEmpty();
        }
    }

    @Test
    void aCommentLongerThanTheLimitIsRefusedAndOneAtTheLimitIsKept() {
        String caseNumber = schoolCase();
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> comments.add(caseNumber, "ư".repeat(CaseComments.MAX_LENGTH + 1)))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("casefile.comment.error.tooLong"));
            comments.add(caseNumber, "ư".repeat(CaseComments.MAX_LENGTH));
            assertThat(comments.list(caseNumber)).singleElement()
                    .satisfies(c -> assertThat(c.text()).hasSize(CaseComments.MAX_LENGTH));
        }
    }

    @Test
    void anOfficerOfAnotherUnionCannotCommentOrReadTheComments() {
        String caseNumber = schoolCase();
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            assertThatThrownBy(() -> comments.add(caseNumber, "Xem thử"))
                    .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThatThrownBy(() -> comments.list(caseNumber))
                    .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(comments.list(caseNumber)).isEmpty();
        }
    }
}
