package vn.unioncare.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseStatus;
import vn.unioncare.casework.CaseStatusChanged;
import vn.unioncare.security.AccountContacts;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells whoever submitted a case that it was received and that it ended: the account that started it and, when an
 * officer started it on a member's behalf, the member's own account. Runs in the case file's transaction.
 */
@Component
class CaseStatusNotifications {

    private final Notifier notifier;
    private final AccountContacts contacts;

    CaseStatusNotifications(Notifier notifier, AccountContacts contacts) {
        this.notifier = notifier;
        this.contacts = contacts;
    }

    @EventListener
    void onStatusChanged(CaseStatusChanged change) {
        List<String> recipients = new ArrayList<>();
        if (change.startedBy() != null) {
            recipients.add(change.startedBy());
        }
        if (change.memberId() != null) {
            contacts.usernameOfMember(change.memberId()).ifPresent(recipients::add);
        }
        NotificationKind kind = change.status() == CaseStatus.OPEN ? NotificationKind.CASE_RECEIVED
                : NotificationKind.CASE_CLOSED;
        notifier.notify(new Happening(kind, "case:" + change.caseNumber() + ":" + change.status(),
                "cases/" + change.caseNumber(), List.of(change.caseNumber())), recipients);
    }
}
