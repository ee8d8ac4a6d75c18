package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.unioncare.common.RefusedException;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskQueues;
import vn.unioncare.tasks.TaskRow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** "My tasks" and "Our union's tasks": lazy, searchable by case number or member name, claim and open. */
@Route("tasks")
@Menu(order = 2, title = "nav.tasks", icon = "vaadin:tasks")
@RolesAllowed("OFFICER")
class TasksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final transient TaskQueues queues;
    private final Tab mine = new Tab();
    private final Tab union = new Tab();
    private final Tabs tabs = new Tabs(mine, union);
    private final TextField search = new TextField();
    private final Grid<TaskRow> grid = new Grid<>();

    TasksView(TaskQueues queues) {
        this.queues = queues;
        setSizeFull();
        tabs.setId("queues");
        mine.setId("queue-mine");
        union.setId("queue-union");
        tabs.setSelectedTab(union);
        tabs.addSelectedChangeListener(e -> refresh());
        search.setId("task-search");
        search.setPlaceholder(getTranslation("tasks.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        configureGrid();
        add(new H2(getTranslation("nav.tasks")), tabs, search, grid);
        expand(grid);
        updateCounts();
    }

    /** {@code tasks?q=HT-2026-000123} opens the queue already searched, e.g. from a link in an e-mail. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(search::setValue);
    }

    private Queue queue() {
        return tabs.getSelectedTab() == mine ? Queue.MINE : Queue.UNION;
    }

    private void configureGrid() {
        grid.setId("tasks-grid");
        grid.addColumn(TaskRow::caseNumber).setHeader(getTranslation("tasks.caseNumber")).setKey("caseNumber").setSortable(true);
        grid.addColumn(TaskRow::taskName).setHeader(getTranslation("tasks.task")).setKey("taskName").setSortable(true);
        grid.addColumn(TaskRow::memberName).setHeader(getTranslation("tasks.member")).setKey("memberName").setSortable(true);
        grid.addColumn(t -> t.created() == null ? "" : TIME.format(t.created())).setHeader(getTranslation("tasks.created"))
                .setKey("created").setSortable(true);
        grid.addColumn(t -> t.due() == null ? "" : TIME.format(t.due())).setHeader(getTranslation("tasks.due"))
                .setKey("due").setSortable(true);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> queues.page(queue(), search.getValue(), PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by(query.getSortOrders().stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList()))).stream());
    }

    private HorizontalLayout actions(TaskRow task) {
        Button open = new Button(getTranslation("tasks.open"), e -> getUI().ifPresent(ui ->
                ui.navigate(TaskView.class, new RouteParameters("taskId", task.taskId()))));
        open.setId("open-" + task.taskId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toggle = task.assignee() == null
                ? new Button(getTranslation("tasks.claim"), e -> act(() -> queues.claim(task.taskId()), "tasks.claimed"))
                : new Button(getTranslation("tasks.unclaim"), e -> act(() -> queues.unclaim(task.taskId()), "tasks.unclaimed"));
        toggle.setId((task.assignee() == null ? "claim-" : "unclaim-") + task.taskId());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(open, toggle);
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
