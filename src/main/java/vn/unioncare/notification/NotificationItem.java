package vn.unioncare.notification;

import java.time.Instant;

/** A notification as the bell lists it; {@code text} is already in the recipient's language. */
public record NotificationItem(long id, NotificationKind kind, String text, String link, Instant createdAt,
                               boolean read) {
}
