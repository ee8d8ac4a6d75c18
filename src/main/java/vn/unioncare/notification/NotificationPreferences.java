package vn.unioncare.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.notification.domain.PreferenceStore;
import vn.unioncare.security.CurrentUser;

import java.time.Clock;

/** The signed-in user's choice whether notifications also come by e-mail; in-app notifications always come. */
@Service
@Transactional(readOnly = true)
public class NotificationPreferences {

    private final PreferenceStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    public NotificationPreferences(PreferenceStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public boolean emailEnabled() {
        return store.emailEnabled(currentUser.require().getUsername());
    }

    @Transactional
    public void setEmailEnabled(boolean enabled) {
        store.setEmailEnabled(currentUser.require().getUsername(), enabled, clock.instant());
    }
}
