package vn.unioncare.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.FormValidationException;

import java.util.stream.Collectors;

/** Shows a refusal or the per-field messages of a refused form to the person, in their language. */
final class Refusals {

    private Refusals() {
    }

    static void show(Component where, RuntimeException refusal) {
        String text;
        if (refusal instanceof RefusedException refused) {
            text = where.getTranslation(refused.messageKey(), refused.arguments().toArray());
        } else if (refusal instanceof FormValidationException invalid) {
            text = invalid.errors().values().stream()
                    .map(error -> where.getTranslation(error.messageKey(), error.arguments().toArray()))
                    .distinct().collect(Collectors.joining(" "));
        } else {
            throw refusal;
        }
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
