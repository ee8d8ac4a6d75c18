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

    /**
     * A happening about a case, linking to its case page: the case number is the first argument, the details follow.
     * The same kind with the same details about the same case is one happening.
     */
    public static Happening aboutCase(NotificationKind kind, String caseNumber, String... details) {
        List<String> args = new java.util.ArrayList<>();
        args.add(caseNumber);
        args.addAll(List.of(details));
        return new Happening(kind, "case:" + caseNumber + ":" + kind.name() + ":"
                + Integer.toHexString(String.join("|", details).hashCode()), "cases/" + caseNumber, args);
    }
}
