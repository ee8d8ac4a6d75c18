package vn.unioncare.tasks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.KaribuUi;
import vn.unioncare.DemoRequests;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.common.CappedCount;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.domain.QueueRequest;
import vn.unioncare.tasks.domain.TaskQueueQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import static com.github.mvysny.kaributesting.v10.GridKt._clickRenderer;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The officer's queues: only their union's work, claims re-checked, a lost race answered clearly.
 * Runs on H2 and on PostgreSQL: the queue is one SQL query over Camunda's tables. */
abstract class TaskQueuesContract {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    TaskQueues queues;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskQueueQuery query;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private StartedCase schoolRequest() {
        return DemoRequests.fromSchoolMember(starter, accounts);
    }

    private String taskOf(StartedCase started) {
        return DemoRequests.openTaskOf(started, tasks);
    }

    @Test
    void theSchoolChairSeesTheSchoolsRequestWithCaseNumberAndMemberAndAnotherUnionDoesNot() {
        StartedCase request = schoolRequest();
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(queues.page(Queue.UNION, request.caseNumber(), PageRequest.of(0, 50)))
                    .singleElement().satisfies(row -> {
                        assertThat(row.caseNumber()).isEqualTo(request.caseNumber());
                        assertThat(row.memberName()).isEqualTo("Nguyễn Văn An");
                        assertThat(row.taskName()).isEqualTo("Xem xét yêu cầu");
                    });
            assertThat(queues.page(Queue.UNION, "nguyen van an", PageRequest.of(0, 50)))
                    .extracting(TaskRow::caseNumber).contains(request.caseNumber());
        }
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            assertThat(queues.page(Queue.UNION, request.caseNumber(), PageRequest.of(0, 50))).isEmpty();
            assertThatThrownBy(() -> queues.claim(taskOf(request)))
                    .isInstanceOfSatisfying(TaskActionException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    void claimingMovesTheTaskToMyTasksAndGivingItBackReturnsIt() {
        StartedCase request = schoolRequest();
        String task = taskOf(request);
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            long mineBefore = queues.count(Queue.MINE);
            queues.claim(task);
            assertThat(queues.count(Queue.MINE)).isEqualTo(mineBefore + 1);
            assertThat(queues.page(Queue.UNION, request.caseNumber(), PageRequest.of(0, 50))).isEmpty();
            queues.unclaim(task);
            assertThat(queues.page(Queue.UNION, request.caseNumber(), PageRequest.of(0, 50))).hasSize(1);
        }
    }

    @Test
    void whenAColleagueClaimedFirstTheSecondClaimGetsAClearMessage() {
        String task = taskOf(schoolRequest());
        tasks.claim(task, "school.deputy");
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> queues.claim(task))
                    .isInstanceOfSatisfying(TaskActionException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.messageKey()).isEqualTo("tasks.error.alreadyClaimed");
                    });
        }
    }

    @Test
    void theWardUnionSupervisesTheSchoolsOpenWorkAndTheIndustrialParksUnionDoesNot() {
        StartedCase request = schoolRequest();
        for (String supervisor : new String[]{"commune.officer", "hlf.welfare"}) {
            try (SignedIn ignored = SignedIn.as(accounts, supervisor)) {
                assertThat(queues.supervision(request.caseNumber(), PageRequest.of(0, 50))).as(supervisor)
                        .extracting(TaskRow::caseNumber).containsExactly(request.caseNumber());
            }
        }
        for (String outsider : new String[]{"parks.officer", "health.officer", "school.chair"}) {
            try (SignedIn ignored = SignedIn.as(accounts, outsider)) {
                assertThat(queues.supervision(request.caseNumber(), PageRequest.of(0, 50))).as(outsider).isEmpty();
            }
        }
    }

    @Test
    void theCityOfficerSupervisesEveryUnionAndAnUpperUnionOfficerOnlyTheUnionsBelowIt() {
        StartedCase school = schoolRequest();
        StartedCase hospital = DemoRequests.from("hospital.member", starter, accounts);
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (String supervisor : List.of("hlf.welfare", "commune.officer", "health.officer")) {
            try (SignedIn ignored = SignedIn.as(accounts, supervisor)) {
                List<String> caseNumbers = new ArrayList<>();
                for (StartedCase started : List.of(school, hospital)) {
                    queues.supervision(started.caseNumber(), PageRequest.of(0, 50)).forEach(r -> caseNumbers.add(r.caseNumber()));
                }
                seen.put(supervisor, caseNumbers);
            }
        }
        assertThat(seen).containsExactly(Map.entry("hlf.welfare", List.of(school.caseNumber(), hospital.caseNumber())),
                Map.entry("commune.officer", List.of(school.caseNumber())),
                Map.entry("health.officer", List.of(hospital.caseNumber())));
    }

    @Test
    void supervisionPagesFollowOneAnotherAcrossTheBoundaryBetweenOverdueAndTheRest() {
        StartedCase waiting = schoolRequest();
        StartedCase overdue = schoolRequest();
        tasks.setDueDate(taskOf(overdue), Date.from(Instant.now().minus(Duration.ofDays(1))));
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            Page<TaskRow> all = queues.supervision(TaskFilter.none(), PageRequest.of(0, TaskQueues.SUPERVISION_COUNT_CAP));
            assertThat(TaskQueues.supervisionCount(all).more()).isFalse();
            List<TaskRow> rows = all.getContent();
            assertThat(rows).extracting(TaskRow::caseNumber).contains(waiting.caseNumber(), overdue.caseNumber());
            Instant now = Instant.now();
            assertThat(rows).extracting(r -> r.due() != null && r.due().isBefore(now))
                    .as("overdue first").isSortedAccordingTo(Comparator.reverseOrder());
            List<TaskRow> paged = new ArrayList<>();
            for (int page = 0; page * 7 < rows.size(); page++) {
                Page<TaskRow> seven = queues.supervision(TaskFilter.none(), PageRequest.of(page, 7));
                assertThat(seven.getTotalElements()).isEqualTo(all.getTotalElements());
                paged.addAll(seven.getContent());
            }
            assertThat(paged).extracting(TaskRow::taskId).isEqualTo(rows.stream().map(TaskRow::taskId).toList());
        }
    }

    @Test
    void theSupervisionCountStopsAtTheCapAndSaysMoreThan() {
        schoolRequest();
        schoolRequest();
        long city = organisation.findByCode("HLF").orElseThrow().id();
        QueueRequest request = new QueueRequest("hlf.welfare", List.of(), Map.of(), TaskFilter.none(), Instant.now(),
                Instant.now().plus(Duration.ofDays(1)));
        Page<TaskRow> capped = query.supervision(List.of(city), request, PageRequest.of(0, 1), 1);
        assertThat(capped.getContent()).hasSize(1);
        assertThat(CappedCount.of(capped.getTotalElements(), 1)).isEqualTo(new CappedCount(1, true));
        long exact = query.supervision(List.of(city), request, PageRequest.of(0, 1), 1_000_000).getTotalElements();
        assertThat(exact).as("the whole city without the closure table: every open task of a case in the closure below")
                .isGreaterThanOrEqualTo(2).isEqualTo(jdbc.queryForObject("""
                        select count(*) from ACT_RU_TASK t join case_file c on c.process_instance_id = t.PROC_INST_ID_
                        where t.SUSPENSION_STATE_ = 1 and exists (select 1 from org_unit_closure sc
                          where sc.descendant_id = c.org_unit_id and sc.ancestor_id = ?)""", Long.class, city));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSupervisionPageShowsWhereTheWorkWaits() {
        StartedCase request = schoolRequest();
        KaribuUi.open(context, accounts, "commune.officer");
        UI.getCurrent().navigate("supervision");
        _setValue(_get(TextField.class, spec -> spec.withId("task-search")), request.caseNumber());

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("supervision-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("supervision-total")).getText()).isEqualTo("1 việc đang mở");
        assertThat(String.join(" | ", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0)))
                .contains(request.caseNumber(), "Xem xét yêu cầu", "Công đoàn cơ sở Trường THCS Nghĩa Tân",
                        "Nguyễn Văn An", "Chưa ai nhận");
    }

    @Test
    void overdueWorkComesFirstInSupervision() {
        StartedCase older = schoolRequest();
        StartedCase overdue = schoolRequest();
        tasks.setDueDate(taskOf(overdue), java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        try (SignedIn ignored = SignedIn.as(accounts, "commune.officer")) {
            var caseNumbers = queues.supervision(TaskFilter.none(), PageRequest.of(0, 500)).map(TaskRow::caseNumber).getContent();
            assertThat(caseNumbers.indexOf(overdue.caseNumber())).isLessThan(caseNumbers.indexOf(older.caseNumber()));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueuePageListsClaimsAndOpensTasks() {
        StartedCase request = schoolRequest();
        String task = taskOf(request);
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("tasks");

        assertThat(_get(Tab.class, spec -> spec.withId("queue-union")).getLabel()).startsWith("Việc của công đoàn (");
        _setValue(_get(TextField.class, spec -> spec.withId("task-search")), request.caseNumber());
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        // the row's button is a Lit template in the browser, not a server-side component
        LitRenderer<TaskRow> actions = (LitRenderer<TaskRow>) grid.getColumnByKey("actions").getRenderer();
        assertThat(actions.getValueProviders().get("buttonId").apply(grid.getGenericDataView().getItem(0)))
                .isEqualTo("claim-" + task);
        _clickRenderer(grid, 0, "actions");
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("school.chair");
        runtime.deleteProcessInstance(request.processInstanceId(), "test done");
    }
}
