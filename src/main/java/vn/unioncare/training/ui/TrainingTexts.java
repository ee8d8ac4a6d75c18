package vn.unioncare.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.unioncare.common.RefusedException;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.SessionView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How training reads on screen, and the small pieces the training pages share. */
final class TrainingTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TrainingTexts() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String topic(Component translator, CohortView cohort) {
        return translator.getTranslation("training.topic." + cohort.topic().name());
    }

    static String format(Component translator, CohortView cohort) {
        return translator.getTranslation("training.format." + cohort.format().name());
    }

    static String session(SessionView session) {
        return DATE.format(session.date()) + " " + TIME.format(session.startTime()) + "–"
                + TIME.format(session.endTime()) + ", " + session.place();
    }

    /** A search field applied a moment after typing. */
    static TextField search(String id, String placeholder, Runnable changed) {
        TextField field = new TextField();
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setClearButtonVisible(true);
        field.setMaxLength(100);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.run());
        return field;
    }

    static void refused(Component translator, RefusedException refused) {
        error(translator.getTranslation(refused.messageKey(), refused.arguments().toArray()));
    }

    static void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
