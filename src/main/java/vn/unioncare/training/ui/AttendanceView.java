package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.common.RefusedException;
import vn.unioncare.training.Attendance;
import vn.unioncare.training.AttendanceGrid;
import vn.unioncare.training.AttendanceMark;
import vn.unioncare.training.CohortStatus;
import vn.unioncare.training.InvalidInputException;
import vn.unioncare.training.SessionView;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trainer's grid for one cohort: a row per confirmed member, a column of check boxes per session (each saved
 * with the button in its header), absences, a test score per member, and "finish cohort".
 */
@Route("training/cohorts/:cohortId/attendance")
@RolesAllowed({"OFFICER", "ADMIN"})
class AttendanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Attendance attendance;
    private final Grid<AttendanceGrid.Row> grid = new Grid<>();
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Map<Long, Map<String, Checkbox>> presence = new HashMap<>();
    private final Map<String, IntegerField> scores = new LinkedHashMap<>();
    private final Button saveScores = new Button();
    private final Button finish = new Button();
    private long cohortId;
    private transient AttendanceGrid shown;

    AttendanceView(Attendance attendance) {
        this.attendance = attendance;
        setSizeFull();
        grid.setId("attendance-grid");
        status.setId("attendance-status");
        saveScores.setText(getTranslation("training.attendance.saveScores"));
        saveScores.setIcon(VaadinIcon.CHECK.create());
        saveScores.setId("attendance-save-scores");
        saveScores.addClickListener(e -> saveScores());
        finish.setText(getTranslation("training.attendance.finish"));
        finish.setIcon(VaadinIcon.FLAG_CHECKERED.create());
        finish.setId("attendance-finish");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClickListener(e -> finish());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cohortId = event.getRouteParameters().getLong("cohortId").orElse(-1L);
        removeAll();
        try {
            shown = attendance.grid(cohortId);
        } catch (RefusedException refused) {
            add(new H2(getTranslation("training.attendance.title")),
                    new Paragraph(getTranslation(refused.messageKey(), refused.arguments().toArray())));
            return;
        }
        title.setText(getTranslation("training.attendance.heading", shown.cohort().courseTitle()));
        add(title, new HorizontalLayout(status, saveScores, finish), grid);
        expand(grid);
        showGrid();
    }

    /** Shows the cohort as last read; only an open or running cohort can be changed. */
    private void showGrid() {
        boolean editable = shown.cohort().status() == CohortStatus.OPEN
                || shown.cohort().status() == CohortStatus.RUNNING;
        saveScores.setEnabled(editable);
        finish.setEnabled(editable);
        status.setText(getTranslation("training.status." + shown.cohort().status().name()));
        grid.removeAllColumns();
        presence.clear();
        scores.clear();
        grid.addColumn(AttendanceGrid.Row::memberName).setHeader(getTranslation("training.column.member"))
                .setFrozen(true).setAutoWidth(true);
        grid.addColumn(AttendanceGrid.Row::cardNumber).setHeader(getTranslation("training.column.card"))
                .setAutoWidth(true);
        for (int i = 0; i < shown.sessions().size(); i++) {
            SessionView session = shown.sessions().get(i);
            int column = i;
            Button save = new Button(VaadinIcon.CHECK.create(), e -> saveSession(session));
            save.setId("attendance-save-" + session.id());
            save.setEnabled(editable);
            save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            save.setTooltipText(getTranslation("training.attendance.saveSession", TrainingTexts.session(session)));
            HorizontalLayout header = new HorizontalLayout(new Span(TrainingTexts.SHORT_DATE.format(session.date())),
                    save);
            header.setAlignItems(Alignment.CENTER);
            header.setSpacing(false);
            grid.addComponentColumn(row -> checkbox(session, row, column, editable)).setHeader(header)
                    .setKey("session-" + session.id()).setAutoWidth(true);
        }
        grid.addColumn(AttendanceGrid.Row::absences).setHeader(getTranslation("training.column.absences"))
                .setKey("absences").setAutoWidth(true);
        grid.addComponentColumn(row -> score(row, editable)).setHeader(getTranslation("training.field.SCORE"))
                .setKey("score").setAutoWidth(true);
        grid.setItems(shown.rows());
        grid.setEmptyStateText(getTranslation("training.attendance.none"));
    }

    private Checkbox checkbox(SessionView session, AttendanceGrid.Row row, int column, boolean editable) {
        // made once per reading of the grid, so that what the trainer ticks survives the grid drawing again
        return presence.computeIfAbsent(session.id(), id -> new HashMap<>()).computeIfAbsent(row.caseNumber(),
                caseNumber -> {
                    Checkbox box = new Checkbox();
                    AttendanceMark mark = row.marks().get(column);
                    box.setId("attendance-" + session.id() + "-" + caseNumber);
                    box.setValue(mark == AttendanceMark.PRESENT);
                    box.setIndeterminate(mark == AttendanceMark.NOT_RECORDED);
                    box.setEnabled(editable);
                    box.setAriaLabel(getTranslation("training.attendance.present", row.memberName(),
                            TrainingTexts.DATE.format(session.date())));
                    return box;
                });
    }

    private IntegerField score(AttendanceGrid.Row row, boolean editable) {
        return scores.computeIfAbsent(row.caseNumber(), caseNumber -> {
            IntegerField field = new IntegerField();
            field.setId("score-" + caseNumber);
            field.setMin(0);
            field.setMax(100);
            field.setWidth("6em");
            field.setValue(row.testScore());
            field.setEnabled(editable);
            return field;
        });
    }

    private void saveSession(SessionView session) {
        Map<String, Boolean> present = new HashMap<>();
        shown.rows().forEach(row -> present.put(row.caseNumber(),
                presence.getOrDefault(session.id(), Map.of()).get(row.caseNumber()).getValue()));
        run(() -> attendance.record(session.id(), present), "training.attendance.saved");
    }

    private void saveScores() {
        Map<String, Integer> entered = new HashMap<>();
        scores.forEach((caseNumber, field) -> {
            if (field.getValue() != null) {
                entered.put(caseNumber, field.getValue());
            }
        });
        run(() -> attendance.recordScores(cohortId, entered), "training.attendance.scoresSaved");
    }

    private void finish() {
        run(() -> attendance.finish(cohortId), "training.attendance.finished");
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> {
                IntegerField field = problem.caseNumber() == null ? null : scores.get(problem.caseNumber());
                String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    TrainingTexts.error(message);
                }
            });
            return;
        } catch (RefusedException refused) {
            TrainingTexts.refused(this, refused);
            return;
        }
        TrainingTexts.success(getTranslation(successKey));
        shown = attendance.grid(cohortId);
        showGrid();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.attendance.title") + " | " + getTranslation("app.name");
    }
}
