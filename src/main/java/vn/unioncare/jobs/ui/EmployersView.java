package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.jobs.EmployerView;
import vn.unioncare.jobs.Employers;
import vn.unioncare.jobs.Vacancies;

/** The employers vacancies come from, for the officers who keep them: searched, paged lazily, added and edited. */
@Route("vacancies/employers")
@RolesAllowed({"OFFICER", "ADMIN"})
class EmployersView extends VerticalLayout implements HasDynamicTitle {

    private final transient Employers employers;
    private final Grid<EmployerView> grid = new Grid<>();
    private final TextField search = new TextField();

    EmployersView(Employers employers, Vacancies vacancies) {
        this.employers = employers;
        setSizeFull();
        H2 title = new H2(getTranslation("jobs.employers"));
        if (!vacancies.mayMaintain()) {
            add(title, new Paragraph(getTranslation("jobs.error.notMaintainer")));
            return;
        }
        SearchFields.lazy(search, "employer-search", getTranslation("jobs.employers.search"),
                () -> grid.getDataProvider().refreshAll());
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidth("min(100%, 30em)");
        Button add = new Button(getTranslation("jobs.employers.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("employer-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout tools = new FlexLayout(search, add);
        tools.setAlignItems(FlexLayout.Alignment.BASELINE);
        tools.addClassName("uc-tools");
        grid.setId("employers-grid");
        grid.addColumn(EmployerView::taxCode).setHeader(getTranslation("jobs.field.TAX_CODE"));
        grid.addColumn(EmployerView::name).setHeader(getTranslation("jobs.field.EMPLOYER_NAME")).setFlexGrow(1);
        grid.addColumn(EmployerView::industrialPark).setHeader(getTranslation("jobs.field.INDUSTRIAL_PARK"));
        grid.addColumn(EmployerView::contactName).setHeader(getTranslation("jobs.field.CONTACT_NAME"));
        grid.addColumn(EmployerView::contactPhone).setHeader(getTranslation("jobs.field.CONTACT_PHONE"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> employers.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, employers.count(search.getValue())));
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(title, tools, grid);
        expand(grid);
    }

    private void edit(EmployerView employer) {
        new EmployerFormDialog(employers, employer, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.employers") + " | " + getTranslation("app.name");
    }
}
