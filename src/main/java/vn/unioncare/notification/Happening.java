package vn.unioncare.notification;

import java.util.List;

/**
 * Something that happened and that accounts should hear about. {@code key} names the happening (e.g.
 * {@code case:HT-2025-000001:CLOSED}); with the recipient it becomes the dedup key, so the same happening notifies
 * nobody twice. {@code link} is a Vaadin route such as {@code tasks/<id>}; {@code args} fill the kind's text.
 */
public record Happening(NotificationKind kind, String key, String link, List<String> args) {

    public Happening {
        args = List.copyOf(args);
    }
}
