package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.unioncare.common.RefusedException;
import vn.unioncare.tasks.BulkOutcome;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.QueueFilterOptions;
import vn.unioncare.tasks.TaskActions;
import vn.unioncare.tasks.TaskFilter;
import vn.unioncare.tasks.TaskQueues;
import vn.unioncare.tasks.SavedTaskFilters;
import vn.unioncare.tasks.TaskRow;

import java.time.Clock;

import java.util.List;
import java.util.function.Function;

/**
 * "My tasks" and "Our union's tasks": lazy, filtered and sorted in the database, with saved filters and bulk
 * claim/assign/unclaim on a selection. {@code tasks?queue=mine&q=HT-2026-000123} opens a queue already searched.
 */
@Route("tasks")
@Menu(order = 2, title = "nav.tasks", icon = "vaadin:tasks")
@RolesAllowed("OFFICER")
class TasksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Below this window width the grid keeps only what a phone user needs to pick a task. */
    private static final int NARROW_PX = 700;

    private final transient TaskQueues queues;
    private final transient TaskActions actions;
    private final Tab mine = new Tab();
    private final Tab union = new Tab();
    private final Tabs tabs = new Tabs(union, mine);
    private final TaskFilterBar filterBar;
    private final SavedFiltersMenu savedFilters;
    private final Grid<TaskRow> grid = new Grid<>();
    private final TaskCells cells;
    /** Built when the officer first selects rows. */
    private HorizontalLayout bulkBar;

    TasksView(TaskQueues queues, TaskActions actions, QueueFilterOptions options, SavedTaskFilters saved,
              Clock clock) {
        this.cells = new TaskCells(this::getTranslation, clock);
        this.queues = queues;
        this.actions = actions;
        this.filterBar = new TaskFilterBar(options);
        this.savedFilters = new SavedFiltersMenu(saved, this::queue, filterBar::value, this::apply);
        setSizeFull();
        tabs.setId("queues");
        mine.setId("queue-mine");
        union.setId("queue-union");
        tabs.addSelectedChangeListener(e -> refresh());
        filterBar.onChange(filter -> refresh());
        configureGrid();
        FlexLayout tools = new FlexLayout(filterBar, savedFilters);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexLayout.Alignment.BASELINE);
        tools.setWidthFull();
        tools.addClassName("uc-tools");
        add(new H2(getTranslation("nav.tasks")), tabs, tools, grid);
        expand(grid);
        updateCounts();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("queue").ifPresent(q -> tabs.setSelectedTab("mine".equals(q) ? mine : union));
        parameters.getSingleParameter("q").ifPresent(q -> filterBar.show(TaskFilter.text(q)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        event.getUI().getPage().addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
    }

    private void fitTo(int width) {
        boolean wide = width >= NARROW_PX;
        for (String key : List.of("processName", "union", "created", "priority", "onBehalfOf", "followUp")) {
            grid.getColumnByKey(key).setVisible(wide);
        }
    }

    private Queue queue() {
        return tabs.getSelectedTab() == mine ? Queue.MINE : Queue.UNION;
    }

    private void apply(Queue queue, TaskFilter filter) {
        tabs.setSelectedTab(queue == Queue.MINE ? mine : union);
        filterBar.show(filter);
    }

    private void configureGrid() {
        grid.setId("tasks-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Cells are Lit templates filled from each row's JSON: no server-side components per row and page.
        grid.addColumn(TaskCells.caseLink()).setHeader(getTranslation("tasks.caseNumber")).setKey("caseNumber")
                .setSortProperty("caseNumber");
        text("processName", "tasks.process", TaskRow::processName);
        grid.addColumn(LitRenderer.<TaskRow>of(
                        "<a id=\"open-${item.taskId}\" href=\"tasks/${item.taskId}\">${item.taskName}</a>")
                        .withProperty("taskId", TaskRow::taskId).withProperty("taskName", TaskRow::taskName))
                .setHeader(getTranslation("tasks.task")).setKey("taskName").setSortProperty("taskName");
        text("memberName", "tasks.member", TaskRow::memberName);
        text("union", "tasks.union", row -> cells.union(row, getLocale()));
        text("created", "tasks.created", row -> cells.time(row.created()));
        grid.addColumn(LitRenderer.<TaskRow>of("${item.overdue ? html`<span theme=\"badge error\">${item.due}</span>`"
                        + " : html`<span>${item.due}</span>`}")
                        .withProperty("due", cells::dueText).withProperty("overdue", cells::overdue))
                .setHeader(getTranslation("tasks.due")).setKey("due").setSortProperty("due");
        text("followUp", "tasks.followUp", row -> cells.date(row.followUp()));
        text("priority", "tasks.priority", row -> getTranslation("tasks.priority." + row.priorityBand()));
        grid.addColumn(row -> cells.person(row.onBehalfOf())).setHeader(getTranslation("tasks.onBehalfOf"))
                .setKey("onBehalfOf");
        grid.addColumn(new ClaimToggleRenderer(this::getTranslation, this::toggleClaim))
                .setHeader("").setKey("actions").setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        grid.setMultiSort(true);
        grid.setItems(query -> queues.page(queue(), filterBar.value(), PageRequest.of(query.getPage(),
                query.getPageSize(), sort(query.getSortOrders()))).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queues.count(queue(), filterBar.value())));
        grid.addSelectionListener(e -> {
            if (bulkBar == null && !e.getAllSelectedItems().isEmpty()) {
                addComponentAtIndex(indexOf(grid), bulkBar());
            }
            if (bulkBar != null) {
                bulkBar.setVisible(!e.getAllSelectedItems().isEmpty());
            }
        });
    }

    private void text(String key, String header, Function<TaskRow, String> value) {
        grid.addColumn(value::apply).setHeader(getTranslation(header)).setKey(key).setSortProperty(key);
    }

    private static Sort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList());
    }

    private void toggleClaim(TaskRow task) {
        if (task.assignee() == null) {
            act(() -> queues.claim(task.taskId()), "tasks.claimed");
        } else {
            act(() -> queues.unclaim(task.taskId()), "tasks.unclaimed");
        }
    }

    private HorizontalLayout bulkBar() {
        Button claim = new Button(getTranslation("tasks.bulk.claim"), e -> bulk(actions::claimAll));
        claim.setId("bulk-claim");
        Button unclaim = new Button(getTranslation("tasks.bulk.unclaim"), e -> bulk(actions::unclaimAll));
        unclaim.setId("bulk-unclaim");
        Button assign = new Button(getTranslation("tasks.bulk.assign"), e -> new ColleagueDialog(
                getTranslation("tasks.bulk.assign"), actions.colleaguesForBulk(),
                colleague -> bulk(ids -> actions.assignAll(ids, colleague))).open());
        assign.setId("bulk-assign");
        List.of(claim, unclaim, assign).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL));
        bulkBar = new HorizontalLayout(claim, unclaim, assign);
        bulkBar.setId("bulk-actions");
        return bulkBar;
    }

    private void bulk(Function<List<String>, BulkOutcome> action) {
        List<String> ids = grid.getSelectedItems().stream().map(TaskRow::taskId).toList();
        BulkOutcome outcome = action.apply(ids);
        Notification note = Notification.show(getTranslation("tasks.bulk.outcome", outcome.done().size(),
                outcome.refused().size()) + outcome.refused().values().stream().distinct()
                .map(key -> " " + getTranslation(key)).reduce("", String::concat));
        note.addThemeVariants(outcome.refused().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        grid.deselectAll();
        refresh();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException e) {
            Notification.show(getTranslation(e.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCounts();
    }

    private void updateCounts() {
        mine.setLabel(getTranslation("tasks.queue.mine", queues.count(Queue.MINE)));
        union.setLabel(getTranslation("tasks.queue.union", queues.count(Queue.UNION)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " | " + getTranslation("app.name");
    }
}
