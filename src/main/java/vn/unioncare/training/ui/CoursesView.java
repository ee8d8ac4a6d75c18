package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.training.CourseView;
import vn.unioncare.training.TrainingCatalogue;

/** The course catalogue for training coordinators: search, add, and edit the courses of their unions. */
@Route("training/courses")
@RolesAllowed({"OFFICER", "ADMIN"})
class CoursesView extends VerticalLayout implements HasDynamicTitle {

    private final transient TrainingCatalogue catalogue;
    private final Grid<CourseView> grid = new Grid<>();

    CoursesView(TrainingCatalogue catalogue) {
        this.catalogue = catalogue;
        setSizeFull();
        add(new H2(getTranslation("training.courses.title")));
        if (!catalogue.mayMaintain()) {
            add(new Paragraph(getTranslation("training.error.notCoordinator")));
            return;
        }
        TextField text = TrainingTexts.search("course-filter-text", getTranslation("training.filter.course"),
                () -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("training.course.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("course-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cohorts = new Button(getTranslation("training.cohorts.nav"), VaadinIcon.CALENDAR_USER.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CohortsView.class)));
        grid.setId("courses-grid");
        grid.addColumn(CourseView::title).setHeader(getTranslation("training.field.TITLE")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("training.topic." + c.topic().name()))
                .setHeader(getTranslation("training.field.TOPIC"));
        grid.addColumn(c -> getTranslation("training.format." + c.format().name()))
                .setHeader(getTranslation("training.field.FORMAT"));
        grid.addColumn(CourseView::hours).setHeader(getTranslation("training.field.HOURS"));
        grid.addColumn(c -> getTranslation(c.active() ? "training.course.isActive" : "training.course.inactive"))
                .setHeader(getTranslation("training.course.active"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> catalogue.courses(text.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> catalogue.countCourses(text.getValue()));
        grid.addItemClickListener(e -> {
            if (catalogue.mayEditCourse(e.getItem().id())) {
                edit(e.getItem());
            }
        });
        add(new HorizontalLayout(text, add, cohorts), grid);
        expand(grid);
    }

    private void edit(CourseView course) {
        new CourseFormDialog(catalogue, course, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.courses.title") + " | " + getTranslation("app.name");
    }
}
