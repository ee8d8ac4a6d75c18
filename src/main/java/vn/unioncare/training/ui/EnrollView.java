package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.FormValidationException;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.Enrollments;
import vn.unioncare.training.SessionView;
import vn.unioncare.training.TrainingCatalogue;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A member enrolls in one cohort: its course, seats and sessions, an optional motivation, and the button. The request
 * starts the enrollment process; the outcome (seat, confirmation, waitlist) reaches the member as notifications.
 */
@Route("training/enroll/:cohortId")
@RolesAllowed({"MEMBER"})
class EnrollView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient TrainingCatalogue catalogue;
    private final transient Enrollments enrollments;

    EnrollView(TrainingCatalogue catalogue, Enrollments enrollments) {
        this.catalogue = catalogue;
        this.enrollments = enrollments;
        setId("training-enroll");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CohortView> cohort = event.getRouteParameters().get("cohortId").filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> catalogue.cohort(Long.parseLong(id)));
        if (cohort.isEmpty()) {
            add(new H2(getTranslation("training.enroll.closed")));
            return;
        }
        show(cohort.get());
    }

    private void show(CohortView cohort) {
        add(new H2(getTranslation("training.enroll.title")), new H3(cohort.courseTitle() + " – " + cohort.orgUnitName()));
        Paragraph seats = new Paragraph(cohort.seatsLeft() > 0
                ? getTranslation("training.enroll.seatsLeft", cohort.seatsLeft(), cohort.seats())
                : getTranslation("training.enroll.full", cohort.waitlisted()));
        seats.setId("training-enroll-seats");
        add(seats, new Paragraph(getTranslation("training.enroll.deadline", DAY.format(cohort.enrollmentDeadline()))));
        UnorderedList sessions = new UnorderedList();
        sessions.setId("training-enroll-sessions");
        for (SessionView session : catalogue.sessions(cohort.id())) {
            sessions.add(new ListItem("%s %s–%s, %s".formatted(DAY.format(session.date()), session.startTime(),
                    session.endTime(), session.place())));
        }
        add(new H3(getTranslation("training.enroll.sessions")), sessions);
        if (!catalogue.takesEnrollments(cohort)) {
            add(new Paragraph(getTranslation("training.enroll.closed")));
            return;
        }
        TextArea motivation = new TextArea(getTranslation("training.enroll.motivation"));
        motivation.setId("training-enroll-motivation");
        motivation.setMaxLength(1000);
        motivation.setWidthFull();
        Button submit = new Button(getTranslation("training.enroll.submit"));
        submit.setId("training-enroll-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> enroll(cohort, motivation.getValue(), submit));
        add(motivation, submit);
    }

    private void enroll(CohortView cohort, String motivation, Button submit) {
        try {
            StartedCase started = enrollments.enroll(cohort.id(), motivation);
            submit.setEnabled(false);
            Div done = new Div(getTranslation("training.enroll.done", started.caseNumber()));
            done.setId("training-enroll-done");
            add(done);
            Notification.show(getTranslation("training.enroll.done", started.caseNumber()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException | FormValidationException refused) {
            Refusals.show(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.enroll.title");
    }
}
