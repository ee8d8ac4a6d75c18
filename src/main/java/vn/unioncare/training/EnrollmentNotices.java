package vn.unioncare.training;

import org.springframework.stereotype.Component;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.security.AccountContacts;

import java.util.List;

/**
 * Tells the member of an enrollment what happened, in UnionCare and by e-mail; members without an account hear it from
 * their union. A notice repeated by a retried job reaches nobody twice (the happening's key).
 */
@Component
class EnrollmentNotices {

    private final Notifier notifier;
    private final AccountContacts accounts;

    EnrollmentNotices(Notifier notifier, AccountContacts accounts) {
        this.notifier = notifier;
        this.accounts = accounts;
    }

    void tell(String caseNumber, long memberId, NotificationKind kind, String... details) {
        accounts.usernameOfMember(memberId).ifPresent(username -> notifier.notify(
                Happening.aboutCase(kind, caseNumber, details), List.of(username)));
    }
}
