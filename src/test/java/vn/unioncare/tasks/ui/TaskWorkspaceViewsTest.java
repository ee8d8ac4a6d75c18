package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.DemoRequests;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.Colleague;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.DueState;
import vn.unioncare.tasks.PriorityBand;
import vn.unioncare.tasks.SavedTaskFilters;
import vn.unioncare.tasks.TaskRow;


import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The queue page and the task page as an officer uses them: filters, saved filters, bulk claim, handing work on. */
@UnionCareSpringTest
class TaskWorkspaceViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;
    @Autowired
    SavedTaskFilters savedFilters;

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
    @SuppressWarnings("unchecked")
    void theChairFiltersTheQueueByPriorityAndSavesTheFilter() {
        StartedCase urgent = schoolRequest();
        tasks.setPriority(taskOf(urgent), PriorityBand.HIGH.value());
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("tasks");

        _get(Details.class, spec -> spec.withId("filter-more")).setOpened(true); // the officer unfolds the filters
        _setValue(_get(Select.class, spec -> spec.withId("filter-priority")), PriorityBand.HIGH);
        _setValue(_get(Select.class, spec -> spec.withId("filter-due")), DueState.NO_DUE_DATE);
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks-grid"));
        assertThat(rows(grid)).extracting(TaskRow::caseNumber).contains(urgent.caseNumber());
        assertThat(rows(grid)).allSatisfy(row -> assertThat(row.priorityBand()).isEqualTo(PriorityBand.HIGH));

        _click(_get(Button.class, spec -> spec.withId("save-filter")));
        _setValue(_get(TextField.class, spec -> spec.withId("filter-name")), "Việc gấp");
        _click(_get(Button.class, spec -> spec.withId("filter-name-save")));
        assertThat(savedFilters.mine()).extracting(f -> f.name()).contains("Việc gấp");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChairClaimsASelectionAtOnce() {
        StartedCase first = schoolRequest();
        StartedCase second = schoolRequest();
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("tasks", com.vaadin.flow.router.QueryParameters.of("queue", "union"));
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks-grid"));
        for (StartedCase request : new StartedCase[] {first, second}) {
            _setValue(_get(TextField.class, spec -> spec.withId("task-search")), request.caseNumber());
            assertThat(_size(grid)).isEqualTo(1);
            _selectRow(grid, 0);
            _click(_get(Button.class, spec -> spec.withId("bulk-claim")));
        }
        assertThat(tasks.createTaskQuery().taskId(taskOf(first)).singleResult().getAssignee()).isEqualTo("school.chair");
        assertThat(tasks.createTaskQuery().taskId(taskOf(second)).singleResult().getAssignee()).isEqualTo("school.chair");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTaskPageDelegatesToAColleagueAndLinksToTheCase() {
        StartedCase request = schoolRequest();
        String task = taskOf(request);
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("tasks/" + task);

        assertThat(_get(Anchor.class, spec -> spec.withId("task-case")).getHref()).isEqualTo("cases/" + request.caseNumber());
        _click(_get(Button.class, spec -> spec.withText("Ủy quyền")));
        ComboBox<Colleague> colleague = _get(ComboBox.class, spec -> spec.withId("colleague"));
        _setValue(colleague, colleague.getListDataView().getItems()
                .filter(c -> c.username().equals("school.officer")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("colleague-confirm")));

        var delegated = tasks.createTaskQuery().taskId(task).singleResult();
        assertThat(delegated.getAssignee()).isEqualTo("school.officer");
        assertThat(delegated.getOwner()).isEqualTo("school.chair");
    }

    @Test
    void aTaskOfAnotherUnionShowsNotFound() {
        String task = taskOf(schoolRequest());
        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("tasks/" + task);

        assertThat(_get(H2.class, spec -> spec.withId("task-not-found")).getText())
                .isEqualTo("Không tìm thấy hoặc bạn không có quyền truy cập");
    }

    private static java.util.List<TaskRow> rows(Grid<TaskRow> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
