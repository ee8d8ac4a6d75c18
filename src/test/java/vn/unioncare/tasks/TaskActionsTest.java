package vn.unioncare.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.DemoRequests;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.Colleague;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Handing work on: delegation, reassignment, dates, priority and the bulk actions, each re-checked. */
@UnionCareSpringTest
class TaskActionsTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskQueues queues;
    @Autowired
    TaskActions actions;
    @Autowired
    TaskForms forms;
    @Autowired
    Clock clock;

    private StartedCase schoolRequest() {
        return DemoRequests.fromSchoolMember(starter, accounts);
    }

    private String taskOf(StartedCase started) {
        return DemoRequests.openTaskOf(started, tasks);
    }

    private Task task(String id) {
        return tasks.createTaskQuery().taskId(id).singleResult();
    }

    private static void refusedWith(Runnable action, int status, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(TaskActionException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aDelegatedTaskComesBackToItsOwnerWhenTheColleagueResolvesIt() {
        StartedCase request = schoolRequest();
        String id = taskOf(request);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(actions.delegationCandidates(id)).extracting(Colleague::username)
                    .contains("school.vicechair", "school.officer").doesNotContain("school.chair", "hospital.chair");
            actions.delegate(id, "school.officer");
        }
        try (SignedIn ignored = SignedIn.as(accounts, "school.officer")) {
            assertThat(queues.page(Queue.MINE, TaskFilter.text(request.caseNumber()), PageRequest.of(0, 10)))
                    .singleElement().satisfies(row -> assertThat(row.onBehalfOf()).isEqualTo("school.chair"));
            assertThat(forms.open(id)).hasValueSatisfying(view -> assertThat(view.delegated()).isTrue());
            assertThat(forms.complete(id, Map.of())).isEqualTo(Completion.RETURNED_TO_OWNER);
        }
        assertThat(task(id).getAssignee()).isEqualTo("school.chair");
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(forms.complete(id, Map.of())).isEqualTo(Completion.COMPLETED);
        }
        assertThat(task(id)).isNull();
    }

    @Test
    void nobodyCanDelegateOrReassignToAnOfficerOfAnotherUnion() {
        String id = taskOf(schoolRequest());
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            refusedWith(() -> actions.delegate(id, "hospital.chair"), 400, "tasks.error.notColleague");
            refusedWith(() -> actions.reassign(id, "commune.officer"), 400, "tasks.error.notColleague");
        }
        assertThat(task(id).getAssignee()).isNull();
    }

    @Test
    void reassigningGoesOnlyToAColleagueOfTheSameUnionAndRole() {
        String id = taskOf(schoolRequest());
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(actions.reassignmentCandidates(id)).extracting(Colleague::username)
                    .containsExactly("school.vicechair");
            refusedWith(() -> actions.reassign(id, "school.officer"), 400, "tasks.error.notColleague");
            actions.reassign(id, "school.vicechair");
        }
        assertThat(task(id).getAssignee()).isEqualTo("school.vicechair");
    }

    @Test
    void anOfficerOfAnotherUnionCannotTouchTheTask() {
        String id = taskOf(schoolRequest());
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            refusedWith(() -> actions.prioritise(id, PriorityBand.HIGH), 404, "error.notFoundOrNoAccess");
            refusedWith(() -> actions.plan(id, LocalDate.now(clock).plusDays(3), null), 404, "error.notFoundOrNoAccess");
            refusedWith(() -> actions.delegationCandidates(id), 404, "error.notFoundOrNoAccess");
            assertThat(actions.claimAll(List.of(id)).refused()).containsEntry(id, "error.notFoundOrNoAccess");
        }
        assertThat(task(id).getPriority()).isEqualTo(50);
    }

    @Test
    void datesAndPriorityAreSetAndTheQueueFiltersByThem() {
        StartedCase request = schoolRequest();
        String id = taskOf(request);
        LocalDate inThreeDays = LocalDate.now(clock).plusDays(3);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            actions.plan(id, inThreeDays, LocalDate.now(clock).plusDays(1));
            actions.prioritise(id, PriorityBand.HIGH);
            TaskFilter mine = TaskFilter.text(request.caseNumber());
            assertThat(rows(new TaskFilter(null, null, null, DueState.LATER, PriorityBand.HIGH, request.caseNumber())))
                    .singleElement().satisfies(row -> {
                        assertThat(row.priorityBand()).isEqualTo(PriorityBand.HIGH);
                        assertThat(row.due()).isAfter(clock.instant());
                        assertThat(row.followUp()).isBefore(row.due());
                    });
            assertThat(rows(new TaskFilter(null, null, null, DueState.OVERDUE, null, request.caseNumber()))).isEmpty();
            assertThat(rows(new TaskFilter(null, null, null, null, PriorityBand.NORMAL, request.caseNumber()))).isEmpty();
            assertThat(rows(mine)).hasSize(1);
        }
    }

    @Test
    void datesInThePastOrAFollowUpAfterTheDueDateAreRefused() {
        String id = taskOf(schoolRequest());
        LocalDate today = LocalDate.now(clock);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            refusedWith(() -> actions.plan(id, today.minusDays(1), null), 400, "tasks.error.dateInPast");
            refusedWith(() -> actions.plan(id, today.plusDays(1), today.plusDays(2)), 400,
                    "tasks.error.followUpAfterDue");
        }
        assertThat(task(id).getDueDate()).isNull();
    }

    @Test
    void theQueueFiltersByDueStateProcessTaskAndUnion() {
        StartedCase overdue = schoolRequest();
        StartedCase dueToday = schoolRequest();
        Task late = task(taskOf(overdue));
        late.setDueDate(Date.from(clock.instant().minusSeconds(3600)));
        tasks.saveTask(late);
        Task today = task(taskOf(dueToday));
        today.setDueDate(Date.from(LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant()
                .minusSeconds(1)));
        tasks.saveTask(today);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(numbers(new TaskFilter(null, null, null, DueState.OVERDUE, null, null)))
                    .contains(overdue.caseNumber()).doesNotContain(dueToday.caseNumber());
            assertThat(numbers(new TaskFilter(null, null, null, DueState.DUE_TODAY, null, null)))
                    .contains(dueToday.caseNumber()).doesNotContain(overdue.caseNumber());
            assertThat(numbers(new TaskFilter("foundation-roundtrip", "Xem xét yêu cầu", null, null, null, null)))
                    .contains(overdue.caseNumber(), dueToday.caseNumber());
            assertThat(numbers(new TaskFilter("form-showcase", null, null, null, null, null)))
                    .doesNotContain(overdue.caseNumber());
            assertThat(numbers(new TaskFilter(null, "Không có bước này", null, null, null, null))).isEmpty();
        }
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            long school = accounts.loadUser("school.chair").orElseThrow().assignments().get(0).orgUnitId();
            long hospital = accounts.loadUser("hospital.chair").orElseThrow().assignments().get(0).orgUnitId();
            assertThat(queues.supervision(new TaskFilter(null, null, school, DueState.OVERDUE, null, null),
                    PageRequest.of(0, 200))).extracting(TaskRow::caseNumber).contains(overdue.caseNumber());
            assertThat(queues.supervision(new TaskFilter(null, null, hospital, null, null, null),
                    PageRequest.of(0, 200))).extracting(TaskRow::caseNumber).doesNotContain(overdue.caseNumber());
        }
    }

    @Test
    void bulkClaimTakesWhatIsFreeAndSaysWhichWereAlreadyTaken() {
        String first = taskOf(schoolRequest());
        String second = taskOf(schoolRequest());
        String taken = taskOf(schoolRequest());
        tasks.claim(taken, "school.vicechair");
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            BulkOutcome outcome = actions.claimAll(List.of(first, second, taken));
            assertThat(outcome.done()).containsExactly(first, second);
            assertThat(outcome.refused()).containsOnlyKeys(taken).containsEntry(taken, "tasks.error.alreadyClaimed");
            assertThat(actions.unclaimAll(List.of(first, second)).done()).containsExactly(first, second);
            BulkOutcome assigned = actions.assignAll(List.of(first, second), "school.vicechair");
            assertThat(assigned.done()).containsExactly(first, second);
        }
        assertThat(task(first).getAssignee()).isEqualTo("school.vicechair");
        assertThat(task(taken).getAssignee()).isEqualTo("school.vicechair");
    }

    private List<TaskRow> rows(TaskFilter filter) {
        return queues.page(Queue.UNION, filter, PageRequest.of(0, 50)).getContent();
    }

    private List<String> numbers(TaskFilter filter) {
        return queues.page(Queue.UNION, filter, PageRequest.of(0, 500)).map(TaskRow::caseNumber).getContent();
    }
}
