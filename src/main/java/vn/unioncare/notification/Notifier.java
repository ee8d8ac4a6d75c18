package vn.unioncare.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.notification.domain.MailOutboxStore;
import vn.unioncare.notification.domain.NotificationStore;
import vn.unioncare.notification.domain.PreferenceStore;
import vn.unioncare.security.AccountContacts;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Tells accounts about a happening, in the caller's transaction: an in-app notification in each recipient's
 * language and, when e-mail is on for the installation and the recipient, a row in the e-mail outbox. Both are
 * keyed by happening and recipient, so repeating a happening adds nothing; a rollback takes both back.
 */
@Service
public class Notifier {

    private final AccountContacts contacts;
    private final NotificationStore notifications;
    private final MailOutboxStore outbox;
    private final PreferenceStore preferences;
    private final MessageSource messages;
    private final Clock clock;
    private final boolean mailEnabled;
    private final String publicUrl;

    public Notifier(AccountContacts contacts, NotificationStore notifications, MailOutboxStore outbox,
                    PreferenceStore preferences, MessageSource messages, Clock clock,
                    @Value("${unioncare.mail.enabled:false}") boolean mailEnabled,
                    @Value("${unioncare.public-url:http://localhost:8080}") String publicUrl) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.outbox = outbox;
        this.preferences = preferences;
        this.messages = messages;
        this.clock = clock;
        this.mailEnabled = mailEnabled;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Notifies each known, enabled recipient once; returns how many new notifications were written. */
    @Transactional
    public int notify(Happening happening, Collection<String> recipients) {
        int written = 0;
        for (String username : new LinkedHashSet<>(recipients)) {
            written += contacts.find(username).map(contact -> deliver(happening, contact) ? 1 : 0).orElse(0);
        }
        return written;
    }

    /** Notifies the officers holding any of the candidate groups (e.g. {@code CS-X:chair}). */
    @Transactional
    public int notifyGroups(Happening happening, Collection<String> candidateGroups) {
        return notify(happening, contacts.usernamesInGroups(candidateGroups));
    }

    private boolean deliver(Happening happening, AccountContacts.Contact contact) {
        String dedupKey = happening.key() + ":" + contact.username();
        String text = messages.getMessage(happening.kind().messageKey(), happening.args().toArray(), contact.locale());
        Instant now = clock.instant();
        if (!notifications.insertIfAbsent(contact.username(), happening.kind(), text, happening.link(), dedupKey, now)) {
            return false;
        }
        if (mailEnabled && contact.email() != null && !contact.email().isBlank()
                && preferences.emailEnabled(contact.username())) {
            String subject = messages.getMessage("notification.mail.subject", new Object[]{text}, contact.locale());
            String body = messages.getMessage("notification.mail.body", new Object[]{contact.displayName(), text,
                    publicUrl + "/" + happening.link(), publicUrl + "/" + NotificationRoutes.SETTINGS}, contact.locale());
            outbox.enqueueIfAbsent(dedupKey, contact.username(), contact.email(), subject, body, now);
        }
        return true;
    }
}
