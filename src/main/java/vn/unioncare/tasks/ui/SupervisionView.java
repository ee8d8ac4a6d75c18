package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.common.CappedCount;
import vn.unioncare.tasks.QueueFilterOptions;
import vn.unioncare.tasks.TaskQueues;
import vn.unioncare.tasks.TaskRow;

import java.time.Clock;
import java.time.Duration;

/** Read-only view of the open work in the unions below: what waits where and for how long, overdue first. */
@Route("supervision")
@Menu(order = 3, title = "nav.supervision", icon = "vaadin:eye")
@RolesAllowed("SUPERVISOR")
class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    private final transient TaskQueues queues;
    private final transient Clock clock;
    private final TaskFilterBar filterBar;
    private final TaskCells cells;
    private final Grid<TaskRow> grid = new Grid<>();
    private final Span total = new Span();

    SupervisionView(TaskQueues queues, QueueFilterOptions options, Clock clock) {
        this.queues = queues;
        this.clock = clock;
        this.filterBar = new TaskFilterBar(options);
        this.cells = new TaskCells(this::getTranslation, clock);
        setSizeFull();
        filterBar.setId("supervision-filters");
        filterBar.onChange(filter -> grid.getDataProvider().refreshAll());
        grid.setId("supervision-grid");
        grid.addColumn(TaskCells.caseLink()).setHeader(getTranslation("tasks.caseNumber"));
        grid.addColumn(TaskRow::taskName).setHeader(getTranslation("tasks.task"));
        grid.addColumn(r -> cells.union(r, getLocale())).setHeader(getTranslation("member.union"));
        grid.addColumn(TaskRow::memberName).setHeader(getTranslation("tasks.member"));
        grid.addColumn(r -> r.assignee() == null ? getTranslation("supervision.unassigned") : r.assignee())
                .setHeader(getTranslation("supervision.with"));
        grid.addColumn(r -> r.created() == null ? "" : getTranslation("supervision.days",
                Duration.between(r.created(), clock.instant()).toDays())).setHeader(getTranslation("supervision.waiting"));
        grid.addColumn(cells::dueText).setHeader(getTranslation("tasks.due"));
        grid.addColumn(r -> getTranslation("tasks.priority." + r.priorityBand())).setHeader(getTranslation("tasks.priority"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        total.setId("supervision-total");
        grid.setItems(query -> {
            Page<TaskRow> rows = queues.supervision(filterBar.value(), PageRequest.of(query.getPage(),
                    query.getPageSize()));
            if (query.getPage() == 0) {
                showTotal(TaskQueues.supervisionCount(rows));
            }
            return rows.stream();
        });
        Anchor dashboard = new Anchor("supervision/dashboard", getTranslation("supervision.dashboard.open"));
        dashboard.setId("supervision-dashboard-link");
        add(new H2(getTranslation("nav.supervision")), dashboard, filterBar, total, grid);
        expand(grid);
    }

    /** Very wide scopes are counted up to a cap only: beyond it the officer is asked to narrow the filter. */
    private void showTotal(CappedCount count) {
        total.setText(getTranslation(count.more() ? "supervision.totalMore" : "supervision.total", count.value()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervision") + " | " + getTranslation("app.name");
    }
}
