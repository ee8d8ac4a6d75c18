package vn.unioncare.tasks;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.DemoRequests;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Out of office: the substitute receives the absent officer's new tasks and covers their union queue. */
@UnionCareSpringTest
class SubstitutesTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskQueues queues;
    @Autowired
    Substitutes substitutes;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void backInTheOffice() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            substitutes.mine().forEach(s -> substitutes.cancel(s.id()));
        }
    }

    private StartedCase schoolRequest() {
        return DemoRequests.fromSchoolMember(starter, accounts);
    }

    private String taskOf(StartedCase started) {
        return DemoRequests.openTaskOf(started, tasks);
    }

    private void chairAwayFromToday(String substitute) {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            substitutes.name(substitute, LocalDate.now(clock), LocalDate.now(clock).plusDays(5));
        }
    }

    @Test
    void aTaskAssignedToAnAbsentOfficerGoesToTheSubstituteOnTheirBehalf() {
        chairAwayFromToday("school.officer");
        StartedCase request = schoolRequest();
        String id = taskOf(request);
        tasks.setAssignee(id, "school.chair");

        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("school.officer");
        try (SignedIn ignored = SignedIn.as(accounts, "school.officer")) {
            assertThat(queues.page(Queue.MINE, TaskFilter.text(request.caseNumber()), PageRequest.of(0, 10)))
                    .singleElement().satisfies(row -> assertThat(row.onBehalfOf()).isEqualTo("school.chair"));
        }
    }

    @Test
    void theSubstituteIsToldOfATaskAssignedToTheAbsentOfficerAndTheAbsentOfficerIsNot() {
        chairAwayFromToday("school.officer");
        String id = taskOf(schoolRequest());

        tasks.setAssignee(id, "school.chair");

        assertThat(jdbc.queryForList("select recipient from notification where link = ?", String.class, "tasks/" + id))
                .containsExactly("school.officer");
    }

    @Test
    void theSubstituteSeesAndMayClaimTheAbsentOfficersUnionQueue() {
        StartedCase request = schoolRequest();
        try (SignedIn ignored = SignedIn.as(accounts, "school.officer")) {
            assertThat(queues.page(Queue.UNION, request.caseNumber(), PageRequest.of(0, 10))).isEmpty();
        }
        chairAwayFromToday("school.officer");
        try (SignedIn ignored = SignedIn.as(accounts, "school.officer")) {
            assertThat(queues.page(Queue.UNION, request.caseNumber(), PageRequest.of(0, 10)))
                    .singleElement().satisfies(row -> assertThat(row.onBehalfOf()).isEqualTo("school.chair"));
            queues.claim(taskOf(request));
        }
    }

    @Test
    void anOfficerWhoClaimsTheirOwnTaskWhileAwayKeepsIt() {
        chairAwayFromToday("school.vicechair");
        String id = taskOf(schoolRequest());
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            queues.claim(id);
        }
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("school.chair");
    }

    @Test
    void theSubstituteMustBeAColleagueAndThePeriodMakeSense() {
        LocalDate today = LocalDate.now(clock);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(substitutes.candidates()).extracting(c -> c.username())
                    .contains("school.vicechair", "school.officer").doesNotContain("school.chair", "hospital.chair");
            assertThatThrownBy(() -> substitutes.name("hospital.chair", today, today.plusDays(1)))
                    .hasFieldOrPropertyWithValue("messageKey", "substitutes.error.notColleague");
            assertThatThrownBy(() -> substitutes.name("school.vicechair", today.plusDays(3), today))
                    .hasFieldOrPropertyWithValue("messageKey", "substitutes.error.period");
            substitutes.name("school.vicechair", today, today.plusDays(3));
            assertThatThrownBy(() -> substitutes.name("school.officer", today.plusDays(2), today.plusDays(4)))
                    .hasFieldOrPropertyWithValue("messageKey", "substitutes.error.overlap");
        }
        long id = substitutesOfChair();
        try (SignedIn ignored = SignedIn.as(accounts, "school.vicechair")) {
            assertThatThrownBy(() -> substitutes.cancel(id)).hasFieldOrPropertyWithValue("status", 404);
        }
    }

    private long substitutesOfChair() {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            return substitutes.mine().get(0).id();
        }
    }
}
