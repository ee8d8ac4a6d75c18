package vn.unioncare.hardship;

import org.springframework.stereotype.Component;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.security.AccountContacts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tells the member (and the officer who asked for them) what became of their request, and officers of escalations. */
@Component
class HardshipNotices {

    private final Notifier notifier;
    private final AccountContacts contacts;

    HardshipNotices(Notifier notifier, AccountContacts contacts) {
        this.notifier = notifier;
        this.contacts = contacts;
    }

    void toRequester(long memberId, String requestedBy, NotificationKind kind, String caseNumber, String... details) {
        Set<String> recipients = new LinkedHashSet<>();
        contacts.usernameOfMember(memberId).ifPresent(recipients::add);
        if (requestedBy != null) {
            recipients.add(requestedBy);
        }
        notifier.notify(happening(kind, caseNumber, details), recipients);
    }

    void toGroup(String candidateGroup, NotificationKind kind, String caseNumber, String... details) {
        notifier.notify(happening(kind, caseNumber, details), contacts.usernamesInGroups(List.of(candidateGroup)));
    }

    private static Happening happening(NotificationKind kind, String caseNumber, String... details) {
        List<String> args = new java.util.ArrayList<>();
        args.add(caseNumber);
        args.addAll(List.of(details));
        return new Happening(kind, "case:" + caseNumber + ":" + kind.name() + ":"
                + Integer.toHexString(String.join("|", details).hashCode()),
                "cases/" + caseNumber, args);
    }
}
