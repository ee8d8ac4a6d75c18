package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import vn.unioncare.training.SessionDraft;
import vn.unioncare.training.TrainingField;

import java.time.Duration;
import java.util.function.Consumer;

/** One session in the cohort form: date, start, end and venue or link; keeps the id of a stored session. */
class SessionRow extends FlexLayout {

    private final Long id;
    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField place = new TextField();

    SessionRow(SessionDraft session, Consumer<SessionRow> remove) {
        this.id = session == null ? null : session.id();
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        addClassName("uc-tools");
        addClassName("training-session-row");
        date.setLabel(getTranslation("training.field.SESSION_DATE"));
        start.setLabel(getTranslation("training.field.SESSION_START"));
        end.setLabel(getTranslation("training.field.SESSION_END"));
        place.setLabel(getTranslation("training.field.SESSION_PLACE"));
        for (TimePicker time : new TimePicker[] {start, end}) {
            time.setStep(Duration.ofMinutes(15));
            time.setWidth("8em");
        }
        place.setMaxLength(500);
        place.setWidth("20em");
        Button removeButton = new Button(VaadinIcon.TRASH.create(), e -> remove.accept(this));
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeButton.setAriaLabel(getTranslation("training.session.remove"));
        if (session != null) {
            date.setValue(session.date());
            start.setValue(session.startTime());
            end.setValue(session.endTime());
            place.setValue(session.place() == null ? "" : session.place());
        }
        add(date, start, end, place, removeButton);
    }

    /** Gives the fields ids and binds their messages for the row's position in the form. */
    void bind(int index, ProblemMarks marks) {
        date.setId("session-date-" + index);
        start.setId("session-start-" + index);
        end.setId("session-end-" + index);
        place.setId("session-place-" + index);
        marks.bind(TrainingField.SESSION_DATE, index, date);
        marks.bind(TrainingField.SESSION_START, index, start);
        marks.bind(TrainingField.SESSION_END, index, end);
        marks.bind(TrainingField.SESSION_PLACE, index, place);
    }

    SessionDraft draft() {
        return new SessionDraft(id, date.getValue(), start.getValue(), end.getValue(), place.getValue());
    }
}
