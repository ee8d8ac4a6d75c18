package vn.unioncare.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.casework.FigureFormat;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.casework.StatisticsPeriod;
import vn.unioncare.casework.SupervisionExports;
import vn.unioncare.casework.SupervisionReport;
import vn.unioncare.casework.SupervisionReport.UnionFigures;
import vn.unioncare.casework.SupervisionReport.UnionRef;
import vn.unioncare.casework.SupervisionStatistics;
import vn.unioncare.casework.SvgBarChart;
import vn.unioncare.common.RefusedException;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The supervision dashboard of one union: open cases per process, open and overdue tasks for each union below (whole
 * subtrees, a click goes one level down), the average time per step, the sections other features contribute, and the
 * same as CSV and PDF. The service decides what the signed-in officer may see; a union outside it is "not found".
 */
@Route("supervision/dashboard/:unitId?")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
class SupervisionDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String UNIT_PARAMETER = "unitId";
    private static final List<Integer> PERIODS = List.of(30, 90, 365);
    private static final int DEFAULT_DAYS = 90;
    private static final int CHART_BARS = 12;

    private final transient SupervisionStatistics statistics;
    private final transient SupervisionExports exports;
    private final transient FigureFormat format;
    private final transient Clock clock;
    private final VerticalLayout content = new VerticalLayout();
    private int days = DEFAULT_DAYS;

    SupervisionDashboardView(SupervisionStatistics statistics, SupervisionExports exports, FigureFormat format,
                             Clock clock) {
        this.statistics = statistics;
        this.exports = exports;
        this.format = format;
        this.clock = clock;
        content.setPadding(false);
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        content.removeAll();
        H2 title = new H2(getTranslation("supervision.dashboard.title"));
        add(title);
        try {
            List<UnionRef> supervised = statistics.supervisedUnions(getLocale());
            long unitId = event.getRouteParameters().getLong(UNIT_PARAMETER).orElse(supervised.get(0).id());
            SupervisionReport report = report(unitId);
            add(toolbar(supervised, report), content);
            show(report);
        } catch (RefusedException e) {
            Paragraph refused = new Paragraph(getTranslation(e.messageKey()));
            refused.setId("dashboard-refused");
            add(refused);
        }
    }

    private SupervisionReport report(long unitId) {
        return statistics.report(unitId, period(), getLocale());
    }

    private StatisticsPeriod period() {
        return StatisticsPeriod.lastDays(days, LocalDate.now(clock));
    }

    private Component toolbar(List<UnionRef> supervised, SupervisionReport report) {
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (supervised.size() > 1) {
            Select<UnionRef> root = new Select<>();
            root.setId("dashboard-root");
            root.setLabel(getTranslation("supervision.dashboard.supervisedUnion"));
            root.setItems(supervised);
            root.setItemLabelGenerator(UnionRef::name);
            root.setValue(report.path().get(0));
            root.addValueChangeListener(e -> navigateTo(e.getValue().id()));
            toolbar.add(root);
        }
        Select<Integer> period = new Select<>();
        period.setId("dashboard-period");
        period.setLabel(getTranslation("supervision.dashboard.period"));
        period.setItems(PERIODS);
        period.setItemLabelGenerator(d -> getTranslation("supervision.dashboard.lastDays", d));
        period.setValue(days);
        period.addValueChangeListener(e -> {
            days = e.getValue();
            show(report(report.unit().id()));
        });
        toolbar.add(period);
        return toolbar;
    }

    private void show(SupervisionReport report) {
        content.removeAll();
        content.add(breadcrumbs(report), downloads(report));
        content.add(new H3(getTranslation("supervision.dashboard.byUnion")));
        if (report.unions().isEmpty()) {
            content.add(new Paragraph(getTranslation("supervision.dashboard.noUnions")));
        } else {
            content.add(chart(report.unions()));
            if (report.unions().size() > CHART_BARS) {
                content.add(new Paragraph(getTranslation("supervision.dashboard.chartMore", CHART_BARS)));
            }
            content.add(unionGrid(report));
        }
        FigureTable steps = exports.stepTimes(report, getLocale());
        content.add(new H3(steps.title()));
        content.add(steps.rows().isEmpty() ? new Paragraph(getTranslation("supervision.dashboard.noSteps"))
                : figureGrid(steps, "dashboard-steps"));
        for (int i = 0; i < report.contributed().size(); i++) {
            FigureTable table = report.contributed().get(i);
            content.add(new H3(table.title()));
            content.add(table.rows().isEmpty() ? new Paragraph(getTranslation("supervision.dashboard.noFigures"))
                    : figureGrid(table, "dashboard-contributed-" + i));
        }
    }

    private Component breadcrumbs(SupervisionReport report) {
        HorizontalLayout path = new HorizontalLayout();
        path.setId("dashboard-path");
        path.setSpacing(false);
        path.getStyle().set("gap", "0.5em").set("flex-wrap", "wrap");
        for (UnionRef union : report.path()) {
            if (!path.getChildren().toList().isEmpty()) {
                path.add(new Span("›"));
            }
            path.add(union.id() == report.unit().id() ? new Span(union.name()) : link(union));
        }
        return path;
    }

    private Component downloads(SupervisionReport report) {
        long unitId = report.unit().id();
        Locale locale = getLocale();
        Anchor csv = new Anchor(download(() -> exports.csv(unitId, period(), locale)),
                getTranslation("supervision.dashboard.downloadCsv"));
        csv.setId("dashboard-csv");
        Anchor pdf = new Anchor(download(() -> exports.pdf(unitId, period(), locale)),
                getTranslation("supervision.dashboard.downloadPdf"));
        pdf.setId("dashboard-pdf");
        return new HorizontalLayout(csv, pdf);
    }

    /** Built when the link is followed, with the scope checked again by the service at that moment. */
    private static DownloadHandler download(SerializableSupplier<SupervisionExports.Export> export) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                SupervisionExports.Export file = export.get();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            } catch (RefusedException e) {
                return DownloadResponse.error(e.status());
            }
        });
    }

    private Component chart(List<UnionFigures> unions) {
        SvgBarChart chart = SvgBarChart.of(getTranslation("supervision.dashboard.chart"),
                getTranslation("supervision.dashboard.openCases"), getTranslation("supervision.dashboard.overdueTasks"))
                .valueFormat(v -> format.number(v, getLocale()));
        unions.stream().sorted(Comparator.comparingLong((UnionFigures u) -> u.openCases()).reversed()).limit(CHART_BARS)
                .forEach(u -> chart.bar(label(u), u.openCases(), u.overdueTasks()));
        Svg svg = new Svg(chart.toSvg());
        svg.setId("dashboard-chart");
        svg.getElement().getStyle().set("width", "100%");
        return svg;
    }

    private Grid<UnionFigures> unionGrid(SupervisionReport report) {
        Grid<UnionFigures> grid = new Grid<>();
        grid.setId("dashboard-unions");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(u -> u.hasUnitsBelow() ? link(u.union()) : named(label(u)))
                .setKey("union").setHeader(getTranslation("supervision.dashboard.union")).setFlexGrow(2)
                .setWidth("18em").setComparator(u -> u.union().name());
        FooterRow totals = grid.appendFooterRow();
        totals.getCell(grid.getColumnByKey("union")).setText(getTranslation("supervision.dashboard.total"));
        for (SupervisionReport.ProcessRef process : report.processes()) {
            countColumn(grid, totals, "process-" + process.key(), process.name(), u -> u.openCases(process.key()),
                    report.openCases(process.key()));
        }
        countColumn(grid, totals, "openCases", getTranslation("supervision.dashboard.openCases"),
                UnionFigures::openCases, report.openCases());
        countColumn(grid, totals, "openTasks", getTranslation("supervision.dashboard.openTasks"),
                UnionFigures::openTasks, report.openTasks());
        countColumn(grid, totals, "overdueTasks", getTranslation("supervision.dashboard.overdueTasks"),
                UnionFigures::overdueTasks, report.overdueTasks());
        grid.setItems(report.unions());
        return grid;
    }

    private void countColumn(Grid<UnionFigures> grid, FooterRow totals, String key, String header,
                             ToLongFunction<UnionFigures> value, long total) {
        Grid.Column<UnionFigures> column = grid.addColumn(u -> format.number(value.applyAsLong(u), getLocale()))
                .setKey(key).setHeader(header).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setComparator(u -> value.applyAsLong(u)).setAutoWidth(true);
        totals.getCell(column).setText(format.number(total, getLocale()));
    }

    private Grid<FigureTable.Row> figureGrid(FigureTable table, String id) {
        Grid<FigureTable.Row> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        for (int l = 0; l < table.labelHeaders().size(); l++) {
            int index = l;
            grid.addColumn(r -> r.labels().get(index)).setHeader(table.labelHeaders().get(l)).setFlexGrow(1)
                    .setWidth("12em").setKey("label-" + l);
        }
        for (int c = 0; c < table.columns().size(); c++) {
            int index = c;
            FigureTable.Column column = table.columns().get(c);
            grid.addColumn(r -> format.value(column.unit(), r.values().get(index), getLocale()))
                    .setHeader(column.header()).setKey("value-" + c).setAutoWidth(true)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        }
        grid.setItems(table.rows());
        return grid;
    }

    private String label(UnionFigures union) {
        return union.itself() ? getTranslation("supervision.dashboard.itself", union.union().name())
                : union.union().name();
    }

    /** A name that may be cut short in its column, whole in the tooltip. */
    private static Span named(String name) {
        Span span = new Span(name);
        span.getElement().setAttribute("title", name);
        return span;
    }

    private RouterLink link(UnionRef union) {
        RouterLink link = new RouterLink(union.name(), SupervisionDashboardView.class,
                new RouteParameters(UNIT_PARAMETER, String.valueOf(union.id())));
        link.setId("dashboard-unit-" + union.code());
        link.getElement().setAttribute("title", getTranslation("supervision.dashboard.drillDown"));
        return link;
    }

    private void navigateTo(long unitId) {
        UI.getCurrent().navigate(SupervisionDashboardView.class, new RouteParameters(UNIT_PARAMETER, String.valueOf(unitId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.dashboard.title") + " | " + getTranslation("app.name");
    }
}
