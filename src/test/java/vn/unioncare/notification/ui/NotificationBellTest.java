package vn.unioncare.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.NotificationPreferences;
import vn.unioncare.notification.NotificationRoutes;
import vn.unioncare.notification.Notifications;
import vn.unioncare.notification.Notifier;
import vn.unioncare.security.UserAccountService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class NotificationBellTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    Notifier notifier;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationPreferences preferences;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    /** A notification for the hospital chair whose link leads to a page that exists on every branch. */
    private void notifyHospitalChair(String caseNumber) {
        notifier.notify(new Happening(NotificationKind.CASE_RECEIVED, "test:bell:" + caseNumber,
                NotificationRoutes.SETTINGS, List.of(caseNumber)), List.of("hospital.chair"));
    }

    @Test
    void theBadgeShowsTheUnreadCountAndMarkingAllReadClearsIt() {
        notifyHospitalChair("BELL-" + System.nanoTime());
        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("");

        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        Span badge = _get(Span.class, spec -> spec.withId("notification-badge"));
        assertThat(badge.getText()).isEqualTo(unread > 99 ? "99+" : String.valueOf(unread));
        assertThat(badge.isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        _click(_get(Button.class, spec -> spec.withId("notification-mark-all")));
        assertThat(notifications.unreadCount()).isZero();
        assertThat(badge.isVisible()).isFalse();
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsPage() {
        String caseNumber = "BELL-" + System.nanoTime();
        notifyHospitalChair(caseNumber);
        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("");
        long unread = notifications.unreadCount();
        assertThat(_find(Div.class, spec -> spec.withClasses("notification-item")))
                .as("rows only when the bell is clicked").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        Div row = _find(Div.class, spec -> spec.withClasses("notification-item")).stream()
                .filter(d -> d.getElement().getTextRecursively().contains(caseNumber)).findFirst().orElseThrow();
        _click(row);

        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(NotificationRoutes.SETTINGS);
    }

    @Test
    void theSettingsPageTurnsEmailOffAndOn() {
        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        _click(_get(Button.class, spec -> spec.withId("notification-settings")));
        Checkbox email = _get(Checkbox.class, spec -> spec.withId("notification-email"));
        assertThat(email.getValue()).isTrue();

        _setValue(email, false);
        assertThat(preferences.emailEnabled()).isFalse();
        _setValue(email, true);
        assertThat(preferences.emailEnabled()).isTrue();
    }
}
