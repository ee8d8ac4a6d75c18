package vn.unioncare.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.unioncare.notification.NotificationPreferences;
import vn.unioncare.notification.NotificationRoutes;

/** Whether my notifications also come by e-mail; the bell always shows them. */
@Route(NotificationRoutes.SETTINGS)
@PermitAll
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    NotificationSettingsView(NotificationPreferences preferences) {
        Checkbox email = new Checkbox(getTranslation("notification.settings.email"), preferences.emailEnabled());
        email.setId("notification-email");
        email.addValueChangeListener(e -> {
            preferences.setEmailEnabled(e.getValue());
            Notification.show(getTranslation("notification.settings.saved"));
        });
        add(new H2(getTranslation("notification.settings.title")), email,
                new Paragraph(getTranslation("notification.settings.inAppAlways")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.title") + " | " + getTranslation("app.name");
    }
}
