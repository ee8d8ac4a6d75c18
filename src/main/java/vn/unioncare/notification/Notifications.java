package vn.unioncare.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.notification.domain.NotificationStore;
import vn.unioncare.security.CurrentUser;

import java.time.Clock;
import java.util.List;

/** The signed-in user's notifications: the bell's unread count, the latest ones, marking them read. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    /** The most a single call lists. */
    public static final int MAX_LIMIT = 50;

    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Notifications(NotificationStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public long unreadCount() {
        return store.unreadCount(me());
    }

    /** The newest first, at most {@code limit} (capped at {@value #MAX_LIMIT}). */
    public List<NotificationItem> latest(int limit) {
        return store.latest(me(), Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    /** Marks one of my notifications read; another account's id is "not found". */
    @Transactional
    public void markRead(long id) {
        if (!store.markRead(id, me(), clock.instant())) {
            throw new NotificationException("error.notFoundOrNoAccess", 404, String.valueOf(id));
        }
    }

    @Transactional
    public void markAllRead() {
        store.markAllRead(me(), clock.instant());
    }

    private String me() {
        return currentUser.require().getUsername();
    }
}
