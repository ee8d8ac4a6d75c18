package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.tasks.TaskQueues;
import vn.unioncare.tasks.TaskRow;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Read-only view of the open work in the unions below: what waits where and for how long, overdue first. */
@Route("supervision")
@Menu(order = 3, title = "nav.supervision", icon = "vaadin:eye")
@RolesAllowed("SUPERVISOR")
class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A task with the name of the union its case belongs to, resolved for the whole page at once. */
    record SupervisedRow(TaskRow task, String unionName) {
    }

    private final transient TaskQueues queues;
    private final transient OrganisationService organisation;
    private final transient Clock clock;
    private final TextField search = new TextField();
    private final Grid<SupervisedRow> grid = new Grid<>();

    SupervisionView(TaskQueues queues, OrganisationService organisation, Clock clock) {
        this.queues = queues;
        this.organisation = organisation;
        this.clock = clock;
        setSizeFull();
        search.setId("supervision-search");
        search.setPlaceholder(getTranslation("tasks.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("supervision-grid");
        grid.addColumn(r -> r.task().caseNumber()).setHeader(getTranslation("tasks.caseNumber"));
        grid.addColumn(r -> r.task().taskName()).setHeader(getTranslation("tasks.task"));
        grid.addColumn(SupervisedRow::unionName).setHeader(getTranslation("member.union"));
        grid.addColumn(r -> r.task().memberName()).setHeader(getTranslation("tasks.member"));
        grid.addColumn(r -> r.task().assignee() == null ? getTranslation("supervision.unassigned") : r.task().assignee())
                .setHeader(getTranslation("supervision.with"));
        grid.addColumn(r -> r.task().created() == null ? "" : getTranslation("supervision.days",
                Duration.between(r.task().created(), clock.instant()).toDays())).setHeader(getTranslation("supervision.waiting"));
        grid.addColumn(r -> r.task().due() == null ? "" : DATE.format(r.task().due())
                + (r.task().due().isBefore(clock.instant()) ? " — " + getTranslation("supervision.overdue") : ""))
                .setHeader(getTranslation("tasks.due"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> page(query.getPage(), query.getPageSize()));
        add(new H2(getTranslation("nav.supervision")), search, grid);
        expand(grid);
    }

    private Stream<SupervisedRow> page(int page, int size) {
        List<TaskRow> rows = queues.supervision(search.getValue(), PageRequest.of(page, size)).getContent();
        Map<Long, String> unions = organisation.findAllById(rows.stream().map(TaskRow::orgUnitId).distinct().toList())
                .stream().collect(Collectors.toMap(OrgUnitView::id, u -> u.name(getLocale())));
        return rows.stream().map(r -> new SupervisedRow(r, unions.getOrDefault(r.orgUnitId(), "")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervision") + " | " + getTranslation("app.name");
    }
}
