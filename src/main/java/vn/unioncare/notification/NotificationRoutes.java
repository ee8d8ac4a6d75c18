package vn.unioncare.notification;

/** Routes of the notification feature that links and e-mails point to. */
public final class NotificationRoutes {

    /** The signed-in user's notification settings (e-mail on or off). */
    public static final String SETTINGS = "settings/notifications";

    private NotificationRoutes() {
    }
}
