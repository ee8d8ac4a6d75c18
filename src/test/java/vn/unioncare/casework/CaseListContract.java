package vn.unioncare.casework;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.SignedIn;
import vn.unioncare.security.UserAccountService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Case lists, comments and the audit log: the SQL behind them, scoped and filtered, on H2 and on PostgreSQL.
 */
abstract class CaseListContract {

    private static final PageRequest ALL = PageRequest.of(0, 1000);

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseList cases;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CaseComments comments;
    @Autowired
    AuditTrail audit;

    private static List<String> numbers(List<CaseListRow> rows) {
        return rows.stream().map(CaseListRow::caseNumber).toList();
    }

    private long memberIdOf(String username) {
        return accounts.loadUser(username).orElseThrow().memberId();
    }

    @Test
    void aMemberSeesTheirOwnRequestsWithWhatTheyWaitForAndNotAnotherMembers() {
        StartedCase mine = CaseFileRequests.submit(accounts, starter, "member", "Của tôi");
        StartedCase theirs = CaseFileRequests.submit(accounts, starter, "hospital.member", "Của người khác");
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            List<CaseListRow> rows = cases.list(CaseFilter.mine(), ALL);
            assertThat(numbers(rows)).contains(mine.caseNumber()).doesNotContain(theirs.caseNumber());
            assertThat(cases.count(CaseFilter.mine())).isEqualTo(rows.size());
            assertThat(rows).filteredOn(r -> r.caseNumber().equals(mine.caseNumber())).singleElement().satisfies(row -> {
                assertThat(row.status()).isEqualTo(CaseStatus.OPEN);
                assertThat(row.processName()).isEqualTo("Xét duyệt có nhắc hạn");
                assertThat(row.currentSteps()).containsExactly("Quyết định hỗ trợ");
            });
        }
        runtime.deleteProcessInstance(mine.processInstanceId(), "withdrawn");
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(cases.list(new CaseFilter(null, null, CaseStatus.CLOSED, mine.caseNumber(), true), ALL))
                    .singleElement().satisfies(row -> assertThat(row.currentSteps()).isEmpty());
        }
    }

    @Test
    void theMemberPageListsAllCasesOfThatMemberAcrossProcessesOnlyWithinScope() {
        StartedCase review = CaseFileRequests.submit(accounts, starter, "member", "Xét duyệt");
        StartedCase roundTrip;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            roundTrip = starter.start("foundation-roundtrip", java.util.Map.of("note", "Kiểm tra"));
        }
        StartedCase colleague = CaseFileRequests.submit(accounts, starter, "hospital.member", "Khác");
        long member = memberIdOf("member");
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            List<CaseListRow> rows = cases.list(CaseFilter.ofMember(member), ALL);
            assertThat(numbers(rows)).contains(review.caseNumber(), roundTrip.caseNumber())
                    .doesNotContain(colleague.caseNumber());
            assertThat(rows).allSatisfy(row -> assertThat(row.memberId()).isEqualTo(member));
            assertThat(rows).extracting(CaseListRow::processKey).contains(CaseFileRequests.PROCESS, "foundation-roundtrip");
            assertThat(cases.count(CaseFilter.ofMember(member))).isEqualTo(rows.size());
        }
        for (String outsider : new String[] {"hospital.chair", "parks.officer", "hospital.member"}) {
            try (SignedIn ignored = SignedIn.as(accounts, outsider)) {
                assertThat(cases.list(CaseFilter.ofMember(member), ALL)).as(outsider).isEmpty();
                assertThat(cases.count(CaseFilter.ofMember(member))).as(outsider).isZero();
            }
        }
    }

    @Test
    void officersFindCasesByCaseNumberOrMemberNameWithoutDiacriticsAndByProcessAndStatus() {
        StartedCase request = CaseFileRequests.submit(accounts, starter, "member", "Tìm kiếm");
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            assertThat(numbers(cases.list(new CaseFilter(null, null, null, request.caseNumber(), false), ALL)))
                    .containsExactly(request.caseNumber());
            assertThat(numbers(cases.list(new CaseFilter(null, null, null, "nguyen van an", false), ALL)))
                    .contains(request.caseNumber());
            assertThat(numbers(cases.list(new CaseFilter(null, null, null, "an", false), ALL)))
                    .contains(request.caseNumber());
            assertThat(numbers(cases.list(new CaseFilter(null, CaseFileRequests.PROCESS, CaseStatus.OPEN, null, false), ALL)))
                    .contains(request.caseNumber());
            assertThat(numbers(cases.list(new CaseFilter(null, "foundation-roundtrip", null, null, false), ALL)))
                    .doesNotContain(request.caseNumber());
            assertThat(numbers(cases.list(new CaseFilter(null, null, CaseStatus.CLOSED, null, false), ALL)))
                    .doesNotContain(request.caseNumber());
            assertThat(cases.processTypes()).extracting(ProcessType::key).contains(CaseFileRequests.PROCESS);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "parks.officer")) {
            assertThat(cases.list(new CaseFilter(null, null, null, request.caseNumber(), false), ALL)).isEmpty();
        }
    }

    @Test
    void pagesAreNewestFirstAndDoNotOverlap() {
        for (int i = 0; i < 3; i++) {
            CaseFileRequests.submit(accounts, starter, "factory.member", "Trang " + i);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            List<CaseListRow> first = cases.list(CaseFilter.all(), PageRequest.of(0, 2));
            List<CaseListRow> second = cases.list(CaseFilter.all(), PageRequest.of(1, 2));
            assertThat(first).hasSize(2);
            assertThat(numbers(second)).doesNotContainAnyElementsOf(numbers(first));
            assertThat(first.get(0).openedAt()).isAfterOrEqualTo(first.get(1).openedAt());
            assertThat(cases.count(CaseFilter.all())).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void commentsAndRefusalsAreStoredAndTheAuditLogFiltersByKindActorAndCaseNumberPrefix() {
        StartedCase request = CaseFileRequests.submit(accounts, starter, "hospital.member", "Bình luận_%");
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            comments.add(request.caseNumber(), "Đã nhận hồ sơ 100% đầy đủ");
            assertThat(comments.list(request.caseNumber())).extracting(CaseComment::text)
                    .containsExactly("Đã nhận hồ sơ 100% đầy đủ");
        }
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> comments.list(request.caseNumber())).isInstanceOf(CaseworkException.class);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            String prefix = request.caseNumber().substring(0, request.caseNumber().length() - 2);
            assertThat(audit.find(new AuditFilter(null, null, prefix), PageRequest.of(0, 500)))
                    .extracting(AuditEvent::type).contains(AuditType.CASE_OPENED, AuditType.COMMENT_ADDED);
            assertThat(audit.find(new AuditFilter(AuditType.ACCESS_REFUSED, "school.", request.caseNumber()),
                    PageRequest.of(0, 10))).extracting(AuditEvent::actor).containsExactly("school.chair");
            assertThat(audit.count(new AuditFilter(AuditType.ACCESS_REFUSED, "school%", null))).isZero();
            assertThat(audit.find(AuditFilter.none(), PageRequest.of(0, 20)))
                    .isSortedAccordingTo(java.util.Comparator.comparing(AuditEvent::occurredAt).reversed());
        }
    }
}
