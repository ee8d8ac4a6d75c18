package vn.unioncare.notification;

import com.vaadin.flow.component.Component;
import vn.unioncare.notification.ui.NotificationBell;

/** Gives the application shell the notification bell for its app bar. */
@org.springframework.stereotype.Component
public class NotificationBellFactory {

    private final Notifications notifications;

    public NotificationBellFactory(Notifications notifications) {
        this.notifications = notifications;
    }

    /** A new bell for one UI; it refreshes its unread count whenever the user navigates. */
    public Component create() {
        return new NotificationBell(notifications);
    }
}
