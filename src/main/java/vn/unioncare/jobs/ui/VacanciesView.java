package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;
import vn.unioncare.jobs.Employers;
import vn.unioncare.jobs.VacancyFilter;
import vn.unioncare.jobs.VacancyImport;
import vn.unioncare.jobs.VacancySource;
import vn.unioncare.jobs.VacancyView;
import vn.unioncare.jobs.Vacancies;

/**
 * Vacancies, filtered and paged lazily. Members and other officers see those taking applications, read-only;
 * officers of the city federation and of the unions directly above grassroots also see closed ones, add and edit
 * vacancies, import them from CSV and keep the employers.
 */
@Route("vacancies")
@Menu(order = 40, title = "jobs.nav", icon = "vaadin:briefcase")
@RolesAllowed({"OFFICER", "MEMBER", "ADMIN"})
class VacanciesView extends VerticalLayout implements HasDynamicTitle {

    private final transient Vacancies vacancies;
    private final transient Employers employers;
    private final Grid<VacancyView> grid = new Grid<>();
    private final TextField text = new TextField();
    private final TextField occupation = new TextField();
    private final TextField location = new TextField();
    private final IntegerField salary = new IntegerField();
    private final Select<VacancySource> source = new Select<>();
    private final Checkbox openOnly = new Checkbox();
    private final boolean maintainer;

    VacanciesView(Vacancies vacancies, Employers employers, VacancyImport vacancyImport) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.maintainer = vacancies.mayMaintain();
        setSizeFull();
        FlexLayout filters = filters();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("uc-tools");
        if (maintainer) {
            Button add = new Button(getTranslation("jobs.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("vacancy-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importCsv = new Button(getTranslation("jobs.import"), VaadinIcon.UPLOAD.create(),
                    e -> new VacancyImportDialog(vacancyImport, vacancies.maintainingUnits(), this::refresh).open());
            importCsv.setId("vacancy-import");
            Button employerList = new Button(getTranslation("jobs.employers"), VaadinIcon.FACTORY.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(EmployersView.class)));
            employerList.setId("vacancy-employers");
            actions.add(add, importCsv, employerList);
        }
        configureGrid();
        add(new H2(getTranslation("jobs.nav")), filters, actions, grid);
        expand(grid);
    }

    private FlexLayout filters() {
        SearchFields.lazy(text, "vacancy-filter-text", getTranslation("jobs.filter.text"), this::refresh)
                .setPrefixComponent(VaadinIcon.SEARCH.create());
        SearchFields.lazy(occupation, "vacancy-filter-occupation", getTranslation("jobs.filter.occupation"),
                this::refresh);
        SearchFields.lazy(location, "vacancy-filter-location", getTranslation("jobs.filter.location"),
                this::refresh);
        salary.setId("vacancy-filter-salary");
        salary.setPlaceholder(getTranslation("jobs.filter.salary"));
        salary.setMin(0);
        salary.setClearButtonVisible(true);
        salary.addValueChangeListener(e -> refresh());
        source.setId("vacancy-filter-source");
        source.setPlaceholder(getTranslation("jobs.filter.source"));
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("jobs.filter.anySource"));
        source.setItems(VacancySource.values());
        source.setItemLabelGenerator(s -> s == null ? getTranslation("jobs.filter.anySource")
                : getTranslation("jobs.source." + s.name()));
        source.addValueChangeListener(e -> refresh());
        openOnly.setId("vacancy-filter-open");
        openOnly.setLabel(getTranslation("jobs.filter.openOnly"));
        openOnly.setValue(true);
        openOnly.setVisible(maintainer);
        openOnly.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(text, occupation, location, salary, source, openOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.addClassName("uc-tools");
        return filters;
    }

    private VacancyFilter filter() {
        return new VacancyFilter(text.getValue(), occupation.getValue(), location.getValue(),
                salary.getValue() == null ? null : salary.getValue().longValue(), source.getValue(),
                openOnly.getValue());
    }

    private void configureGrid() {
        grid.setId("vacancies-grid");
        grid.addColumn(VacancyView::title).setHeader(getTranslation("jobs.field.TITLE")).setKey("title")
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(VacancyView::employerName).setHeader(getTranslation("jobs.field.EMPLOYER")).setKey("employer")
                .setSortable(true);
        grid.addColumn(VacancyView::occupationName).setHeader(getTranslation("jobs.field.OCCUPATION_NAME"))
                .setKey("occupation").setSortable(true);
        grid.addColumn(VacancyTexts::place).setHeader(getTranslation("jobs.column.place")).setKey("district")
                .setSortable(true);
        grid.addColumn(v -> VacancyTexts.salary(this, v)).setHeader(getTranslation("jobs.column.salary"))
                .setKey("salaryMax").setSortable(true);
        grid.addColumn(v -> getTranslation("jobs.column.seatsLeft", v.seatsLeft(), v.seats()))
                .setHeader(getTranslation("jobs.field.SEATS")).setKey("seats").setSortable(true);
        grid.addColumn(v -> VacancyTexts.DATE.format(v.closingDate())).setHeader(getTranslation("jobs.field.CLOSING_DATE"))
                .setKey("closingDate").setSortable(true);
        grid.addColumn(v -> getTranslation("jobs.source." + v.source().name()))
                .setHeader(getTranslation("jobs.field.SOURCE")).setKey("source").setSortable(true);
        grid.addColumn(v -> getTranslation("jobs.status." + v.status().name()))
                .setHeader(getTranslation("jobs.field.STATUS")).setKey("status").setSortable(true)
                .setVisible(maintainer);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> vacancies.search(filter(), query.getOffset(), query.getLimit(),
                        Sort.by(query.getSortOrders().stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, vacancies.count(filter())));
        if (maintainer) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
    }

    private void edit(VacancyView vacancy) {
        new VacancyFormDialog(vacancies, employers, vacancy, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.nav") + " | " + getTranslation("app.name");
    }
}
