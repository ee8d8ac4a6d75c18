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
        notifier.notify(Happening.aboutCase(kind, caseNumber, details), recipients);
    }

    void toGroup(String candidateGroup, NotificationKind kind, String caseNumber, String... details) {
        notifier.notifyGroups(Happening.aboutCase(kind, caseNumber, details), List.of(candidateGroup));
    }
}
