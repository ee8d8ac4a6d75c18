package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.TrainingCatalogue;

/**
 * The cohorts taking enrollments, for members to browse (and officers nominating members), soonest first, searched
 * by course title; each row leads to the enrollment page.
 */
@Route("training")
@Menu(order = 45, title = "training.nav", icon = "vaadin:academy-cap")
@RolesAllowed({"MEMBER", "OFFICER", "ADMIN"})
class TrainingView extends VerticalLayout implements HasDynamicTitle {

    static final String ENROLL_ROUTE = "training/enroll/";

    private final Grid<CohortView> grid = new Grid<>();

    TrainingView(TrainingCatalogue catalogue) {
        setSizeFull();
        TextField text = TrainingTexts.search("training-filter-text", getTranslation("training.filter.course"),
                () -> grid.getDataProvider().refreshAll());
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        grid.setId("training-open-cohorts");
        grid.addColumn(CohortView::courseTitle).setHeader(getTranslation("training.field.COURSE")).setFlexGrow(1);
        grid.addColumn(c -> TrainingTexts.topic(this, c)).setHeader(getTranslation("training.field.TOPIC"));
        grid.addColumn(c -> TrainingTexts.format(this, c)).setHeader(getTranslation("training.field.FORMAT"));
        grid.addColumn(CohortView::hours).setHeader(getTranslation("training.field.HOURS"));
        grid.addColumn(CohortView::orgUnitName).setHeader(getTranslation("training.field.ORG_UNIT"));
        grid.addColumn(c -> TrainingTexts.date(c.firstSession())).setHeader(getTranslation("training.column.starts"));
        grid.addColumn(c -> TrainingTexts.date(c.enrollmentDeadline()))
                .setHeader(getTranslation("training.field.ENROLLMENT_DEADLINE"));
        grid.addColumn(c -> c.seatsLeft() > 0 ? getTranslation("training.column.seatsLeft", c.seatsLeft(), c.seats())
                : getTranslation("training.column.waitlistOnly")).setHeader(getTranslation("training.field.SEATS"));
        grid.addComponentColumn(this::enrollButton).setHeader("").setKey("enroll").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> catalogue.openCohorts(text.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> catalogue.countOpenCohorts(text.getValue()));
        grid.setEmptyStateText(getTranslation("training.open.none"));
        add(new H2(getTranslation("training.nav")), text, grid);
        expand(grid);
    }

    private Button enrollButton(CohortView cohort) {
        Button enroll = new Button(getTranslation("training.action.enroll"),
                e -> getUI().ifPresent(ui -> ui.navigate(ENROLL_ROUTE + cohort.id())));
        enroll.setId("training-enroll-" + cohort.id());
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return enroll;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.nav") + " | " + getTranslation("app.name");
    }
}
