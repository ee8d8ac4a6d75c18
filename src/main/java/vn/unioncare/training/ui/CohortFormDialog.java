package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.training.CohortDraft;
import vn.unioncare.training.CohortStatus;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.CourseView;
import vn.unioncare.training.FieldProblem;
import vn.unioncare.training.SessionDraft;
import vn.unioncare.training.TrainerChoice;
import vn.unioncare.training.TrainingCatalogue;
import vn.unioncare.training.TrainingField;

import java.util.ArrayList;
import java.util.List;

/** Adds or edits a cohort with its sessions; the service checks it and each problem shows next to its field. */
class CohortFormDialog extends TrainingFormDialog {

    private final transient TrainingCatalogue catalogue;
    private final transient CohortView editing;
    private final transient Runnable saved;
    private final ProblemMarks marks = new ProblemMarks(this);
    private final ComboBox<CourseView> course = marks.bind(TrainingField.COURSE, new ComboBox<>());
    private final ComboBox<OrgUnitView> union = marks.bind(TrainingField.ORG_UNIT, new ComboBox<>());
    private final ComboBox<TrainerChoice> trainer = marks.bind(TrainingField.TRAINER, new ComboBox<>());
    private final IntegerField seats = marks.bind(TrainingField.SEATS, new IntegerField());
    private final DatePicker deadline = marks.bind(TrainingField.ENROLLMENT_DEADLINE, new DatePicker());
    private final Select<CohortStatus> status = marks.bind(TrainingField.STATUS, new Select<>());
    private final Span sessionsProblem = new Span();
    private final VerticalLayout sessionList = new VerticalLayout();
    private final List<SessionRow> rows = new ArrayList<>();

    CohortFormDialog(TrainingCatalogue catalogue, CohortView editing, Runnable saved) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? getTranslation("training.cohort.addTitle")
                : getTranslation("training.cohort.editTitle", editing.courseTitle()));
        setWidth("min(100%, 60em)");
        course.setItems(query -> catalogue.courses(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        course.setItemLabelGenerator(CourseView::title);
        List<OrgUnitView> units = catalogue.organisingUnits();
        union.setItems(units);
        union.setItemLabelGenerator(u -> u.name(getLocale()));
        trainer.setItems(query -> catalogue.trainers(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        trainer.setItemLabelGenerator(t -> t.displayName() + " (" + t.username() + ")");
        seats.setMin(1);
        seats.setMax(500);
        status.setItems(CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.CANCELLED);
        status.setItemLabelGenerator(s -> getTranslation("training.status." + s.name()));
        FormLayout form = new FormLayout();
        labelled(form, TrainingField.COURSE, course, "cohort-course");
        labelled(form, TrainingField.ORG_UNIT, union, "cohort-union");
        labelled(form, TrainingField.TRAINER, trainer, "cohort-trainer");
        labelled(form, TrainingField.SEATS, seats, "cohort-seats");
        labelled(form, TrainingField.ENROLLMENT_DEADLINE, deadline, "cohort-deadline");
        labelled(form, TrainingField.STATUS, status, "cohort-status");
        form.setColspan(course, 2);
        sessionsProblem.setId("cohort-sessions-problem");
        sessionsProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        sessionList.setPadding(false);
        Button addSession = new Button(getTranslation("training.session.add"), VaadinIcon.PLUS.create(),
                e -> addRow(null));
        addSession.setId("cohort-add-session");
        fill(units);
        add(form, new H4(getTranslation("training.field.SESSIONS")), sessionsProblem, sessionList, addSession);
        saveAndCancel("cohort-save");
    }

    private void fill(List<OrgUnitView> units) {
        status.setValue(CohortStatus.OPEN);
        if (editing == null) {
            if (!units.isEmpty()) {
                union.setValue(units.get(0));
            }
            addRow(null);
            return;
        }
        catalogue.course(editing.courseId()).ifPresent(course::setValue);
        OrgUnitView organiser = units.stream().filter(u -> u.id() == editing.orgUnitId()).findFirst().orElse(null);
        if (organiser != null) {
            union.setValue(organiser);
        }
        trainer.setValue(new TrainerChoice(editing.trainerUsername(), editing.trainerUsername()));
        seats.setValue(editing.seats());
        deadline.setValue(editing.enrollmentDeadline());
        status.setValue(editing.status());
        catalogue.sessions(editing.id()).forEach(s -> addRow(SessionDraft.of(s)));
    }

    private void addRow(SessionDraft session) {
        SessionRow row = new SessionRow(session, this::removeRow);
        rows.add(row);
        sessionList.add(row);
        bindRows();
    }

    private void removeRow(SessionRow row) {
        rows.remove(row);
        sessionList.remove(row);
        bindRows();
    }

    private void bindRows() {
        for (int i = 0; i < rows.size() + 1; i++) {
            marks.forget(i);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).bind(i, marks);
        }
    }

    private CohortDraft draft() {
        Long unitId = union.getValue() == null ? (editing == null ? null : editing.orgUnitId())
                : union.getValue().id();
        return new CohortDraft(course.getValue() == null ? null : course.getValue().id(), unitId,
                trainer.getValue() == null ? null : trainer.getValue().username(), seats.getValue(),
                deadline.getValue(), status.getValue(), rows.stream().map(SessionRow::draft).toList());
    }

    @Override
    void save() {
        saving(() -> {
            if (editing == null) {
                catalogue.createCohort(draft());
            } else {
                catalogue.updateCohort(editing.id(), draft());
            }
        }, invalid -> {
            List<FieldProblem> elsewhere = marks.show(invalid.problems());
            sessionsProblem.setText(String.join(" ", elsewhere.stream().map(marks::text).toList()));
        }, saved);
    }
}
