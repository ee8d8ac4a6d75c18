package vn.unioncare.safety.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.safety.RegisterFilter;
import vn.unioncare.safety.RegisterGroup;
import vn.unioncare.safety.RegisterRow;
import vn.unioncare.safety.SafetyRegister;
import vn.unioncare.safety.SafetyRegisterRoute;
import vn.unioncare.safety.SafetyStatisticsReports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The incident register for officers: the safety reports of the cases they may see, filtered, each linking to its
 * case; or grouped per employer or per workplace union; and the periodic statistics files of their union.
 */
@Route(SafetyRegisterRoute.PATH)
@Menu(order = 27, title = "safety.register.nav", icon = "vaadin:clipboard-pulse")
@RolesAllowed({"OFFICER", "ADMIN"})
class SafetyRegisterView extends VerticalLayout implements HasDynamicTitle {

    enum Grouping { REPORTS, EMPLOYER, UNION }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final transient SafetyRegister register;
    private final TextField employer = new TextField();
    private final Select<String> reportType = new Select<>();
    private final Select<String> severity = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> outcome = new Select<>();
    private final Select<Grouping> grouping = new Select<>();
    private final Grid<RegisterRow> reports = new Grid<>();
    private final Grid<RegisterGroup> groups = new Grid<>();

    SafetyRegisterView(SafetyRegister register, SafetyStatisticsReports statistics) {
        this.register = register;
        setSizeFull();
        add(new H2(getTranslation("safety.register.nav")), filters());
        configureReports();
        configureGroups();
        add(reports, groups);
        expand(reports, groups);
        add(statisticsFiles(statistics));
        show();
    }

    private Component filters() {
        employer.setId("register-employer");
        employer.setLabel(getTranslation("safety.register.employer"));
        employer.setValueChangeMode(ValueChangeMode.LAZY);
        choices(reportType, "safety.register.reportType", "safety.figures.type.", "accident", "near-miss", "hazard");
        choices(severity, "safety.register.severity", "safety.figures.severity.", "fatal", "serious-multiple",
                "serious", "light", "hazard");
        choices(outcome, "safety.register.status", "safety.register.status.", "OPEN", "CLOSED");
        from.setLabel(getTranslation("safety.register.from"));
        to.setLabel(getTranslation("safety.register.to"));
        grouping.setId("register-grouping");
        grouping.setLabel(getTranslation("safety.register.grouping"));
        grouping.setItems(Grouping.values());
        grouping.setItemLabelGenerator(g -> getTranslation("safety.register.grouping." + g.name()));
        grouping.setValue(Grouping.REPORTS);
        employer.addValueChangeListener(e -> show());
        reportType.addValueChangeListener(e -> show());
        severity.addValueChangeListener(e -> show());
        outcome.addValueChangeListener(e -> show());
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        grouping.addValueChangeListener(e -> show());
        FlexLayout tools = new FlexLayout(grouping, employer, reportType, severity, from, to, outcome);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.addClassName("uc-tools");
        return tools;
    }

    private void choices(Select<String> select, String labelKey, String itemKeyPrefix, String... codes) {
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setItems(codes);
        select.setItemLabelGenerator(code -> code == null ? "" : getTranslation(itemKeyPrefix + code));
    }

    private void configureReports() {
        reports.setId("register-reports");
        reports.addComponentColumn(row -> new Anchor("cases/" + row.caseNumber(), row.caseNumber()))
                .setHeader(getTranslation("safety.register.caseNumber")).setAutoWidth(true);
        reports.addColumn(row -> WHEN.format(row.occurredAt())).setHeader(getTranslation("safety.register.occurredAt"));
        reports.addColumn(RegisterRow::employerName).setHeader(getTranslation("safety.register.employerName"));
        reports.addColumn(RegisterRow::workplaceUnion).setHeader(getTranslation("safety.register.workplace"));
        reports.addColumn(row -> getTranslation("safety.figures.type." + row.reportType()))
                .setHeader(getTranslation("safety.register.reportType"));
        reports.addColumn(row -> row.severity() == null ? getTranslation("safety.figures.unclassified")
                : getTranslation("safety.figures.severity." + row.severity()))
                .setHeader(getTranslation("safety.register.severity"));
        reports.addColumn(RegisterRow::deaths).setHeader(getTranslation("safety.figures.deaths"));
        reports.addColumn(RegisterRow::seriouslyInjured).setHeader(getTranslation("safety.figures.seriouslyInjured"));
        reports.addColumn(RegisterRow::lightlyInjured).setHeader(getTranslation("safety.figures.lightlyInjured"));
        reports.addColumn(row -> getTranslation("safety.register.status." + row.outcome()))
                .setHeader(getTranslation("safety.register.status"));
        reports.addColumn(row -> row.reportedBy() == null ? getTranslation("safety.register.anonymous")
                : row.reportedBy()).setHeader(getTranslation("safety.register.reporter"));
        reports.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(row -> row.place() + " — "
                + row.description()));
        reports.setItems(query -> register.reports(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, register.countReports(filter())));
    }

    private void configureGroups() {
        groups.setId("register-groups");
        groups.addColumn(RegisterGroup::name).setHeader(getTranslation("safety.register.employerName"))
                .setKey("name");
        groups.addColumn(RegisterGroup::taxCode).setHeader(getTranslation("safety.register.taxCode")).setKey("tax");
        groups.addColumn(RegisterGroup::reports).setHeader(getTranslation("safety.register.incidents"));
        groups.addColumn(RegisterGroup::deaths).setHeader(getTranslation("safety.figures.deaths"));
        groups.addColumn(RegisterGroup::seriouslyInjured).setHeader(getTranslation("safety.figures.seriouslyInjured"));
        groups.addColumn(RegisterGroup::lightlyInjured).setHeader(getTranslation("safety.figures.lightlyInjured"));
    }

    private void show() {
        Grouping chosen = grouping.getValue();
        reports.setVisible(chosen == Grouping.REPORTS);
        groups.setVisible(chosen != Grouping.REPORTS);
        if (chosen == Grouping.REPORTS) {
            reports.getDataProvider().refreshAll();
            return;
        }
        boolean employers = chosen == Grouping.EMPLOYER;
        groups.getColumnByKey("name").setHeader(getTranslation(employers ? "safety.register.employerName"
                : "safety.register.workplace"));
        groups.getColumnByKey("tax").setVisible(employers);
        groups.setItems(query -> (employers ? register.perEmployer(filter(), query.getOffset(), query.getLimit())
                        : register.perUnion(filter(), query.getOffset(), query.getLimit())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, employers ? register.countEmployers(filter())
                        : register.countUnions(filter())));
    }

    private RegisterFilter filter() {
        return new RegisterFilter(null, employer.getValue(), reportType.getValue(), severity.getValue(),
                from.getValue(), to.getValue(), outcome.getValue());
    }

    private Component statisticsFiles(SafetyStatisticsReports statistics) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("safety.register.files")));
        section.setPadding(false);
        List<OrgUnitView> units = statistics.unitsWithFiles();
        Select<OrgUnitView> unit = new Select<>();
        unit.setId("register-statistics-unit");
        unit.setLabel(getTranslation("safety.register.union"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        Grid<vn.unioncare.documents.StoredDocument> files = new Grid<>();
        files.setId("register-statistics-files");
        files.setAllRowsVisible(true);
        files.addComponentColumn(document -> new Anchor(DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            return new DownloadResponse(statistics.open(unit.getValue().id(), document.id()), document.filename(),
                    document.mediaType(), document.size());
        }), document.filename())).setHeader(getTranslation("safety.register.fileName"));
        files.addColumn(document -> WHEN.format(document.createdAt()))
                .setHeader(getTranslation("safety.register.createdAt"));
        unit.addValueChangeListener(e -> files.setItems(query -> e.getValue() == null ? java.util.stream.Stream.empty()
                : statistics.files(e.getValue().id(), query.getOffset(), query.getLimit()).stream(),
                query -> e.getValue() == null ? 0 : (int) statistics.countFiles(e.getValue().id())));
        if (units.isEmpty()) {
            section.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("safety.register.noFiles")));
            return section;
        }
        unit.setValue(units.get(0));
        section.add(unit, files);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.register.nav") + " | " + getTranslation("app.name");
    }
}
