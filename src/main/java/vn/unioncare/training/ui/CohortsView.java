package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.common.RefusedException;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.Seats;
import vn.unioncare.training.TrainingCatalogue;

/**
 * The cohorts a training coordinator keeps (their union's subtree) and those a trainer trains: add and edit
 * (coordinators), see the waitlist, open the attendance grid.
 */
@Route("training/cohorts")
@Menu(order = 46, title = "training.cohorts.nav", icon = "vaadin:calendar-user")
@RolesAllowed({"OFFICER", "ADMIN"})
class CohortsView extends VerticalLayout implements HasDynamicTitle {

    private final transient TrainingCatalogue catalogue;
    private final transient Seats seats;
    private final Grid<CohortView> grid = new Grid<>();

    CohortsView(TrainingCatalogue catalogue, Seats seats) {
        this.catalogue = catalogue;
        this.seats = seats;
        setSizeFull();
        TextField text = TrainingTexts.search("cohort-filter-text", getTranslation("training.filter.course"),
                () -> grid.getDataProvider().refreshAll());
        HorizontalLayout tools = new HorizontalLayout(text);
        tools.setAlignItems(Alignment.BASELINE);
        if (catalogue.mayMaintain()) {
            Button add = new Button(getTranslation("training.cohort.add"), VaadinIcon.PLUS.create(),
                    e -> new CohortFormDialog(catalogue, null, this::refresh).open());
            add.setId("cohort-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button courses = new Button(getTranslation("training.courses.title"), VaadinIcon.BOOK.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(CoursesView.class)));
            courses.setId("cohort-courses");
            tools.add(add, courses);
        }
        grid.setId("cohorts-grid");
        grid.addColumn(CohortView::courseTitle).setHeader(getTranslation("training.field.COURSE")).setFlexGrow(1);
        grid.addColumn(CohortView::orgUnitName).setHeader(getTranslation("training.field.ORG_UNIT"));
        grid.addColumn(CohortView::trainerUsername).setHeader(getTranslation("training.field.TRAINER"));
        grid.addColumn(c -> TrainingTexts.date(c.firstSession()) + " – " + TrainingTexts.date(c.lastSession()))
                .setHeader(getTranslation("training.column.dates"));
        grid.addColumn(c -> getTranslation("training.column.seatsTaken", c.seatsTaken(), c.seats()))
                .setHeader(getTranslation("training.field.SEATS"));
        grid.addColumn(CohortView::waitlisted).setHeader(getTranslation("training.column.waitlisted"));
        grid.addColumn(c -> getTranslation("training.status." + c.status().name()))
                .setHeader(getTranslation("training.field.STATUS"));
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> catalogue.managedCohorts(text.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> catalogue.countManagedCohorts(text.getValue()));
        grid.setEmptyStateText(getTranslation("training.cohorts.none"));
        add(new H2(getTranslation("training.cohorts.nav")), tools, grid);
        expand(grid);
    }

    private HorizontalLayout actions(CohortView cohort) {
        HorizontalLayout actions = new HorizontalLayout();
        if (catalogue.mayEditCohort(cohort)) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> new CohortFormDialog(catalogue, cohort,
                    this::refresh).open());
            edit.setId("cohort-edit-" + cohort.id());
            edit.setAriaLabel(getTranslation("training.cohort.edit"));
            edit.setTooltipText(getTranslation("training.cohort.edit"));
            actions.add(edit);
        }
        Button waitlist = new Button(VaadinIcon.LIST_OL.create(), e -> showWaitlist(cohort));
        waitlist.setId("cohort-waitlist-" + cohort.id());
        waitlist.setTooltipText(getTranslation("training.waitlist.title"));
        Button attendance = new Button(getTranslation("training.attendance.open"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("training/cohorts/" + cohort.id() + "/attendance")));
        attendance.setId("cohort-attendance-" + cohort.id());
        actions.add(waitlist, attendance);
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return actions;
    }

    private void showWaitlist(CohortView cohort) {
        try {
            new WaitlistDialog(cohort, seats.waitlist(cohort.id())).open();
        } catch (RefusedException refused) {
            TrainingTexts.refused(this, refused);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.cohorts.nav") + " | " + getTranslation("app.name");
    }
}
