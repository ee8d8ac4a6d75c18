package vn.unioncare.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.notification.domain.MailOutboxStore;

import java.time.Clock;

/**
 * E-mail to somebody without an account, such as an employer's contact, through the same outbox as notifications:
 * written in the caller's transaction (nothing goes out for work that is rolled back), sent after commit, retried.
 * Nothing is queued while the installation has e-mail off.
 */
@Service
public class OutsideMail {

    private static final int MAX_SUBJECT = 500;
    private static final int MAX_BODY = 4000;

    private final MailOutboxStore outbox;
    private final Clock clock;
    private final boolean mailEnabled;

    OutsideMail(MailOutboxStore outbox, Clock clock, @Value("${unioncare.mail.enabled:false}") boolean mailEnabled) {
        this.outbox = outbox;
        this.clock = clock;
        this.mailEnabled = mailEnabled;
    }

    /**
     * @param dedupKey  names the e-mail: the same key is never queued twice
     * @param recipient who it is for, for the outbox's records (e.g. {@code employer:0101234567})
     * @return true when queued; false when e-mail is off or the key was queued before
     */
    @Transactional
    public boolean send(String dedupKey, String recipient, String email, String subject, String body) {
        if (!mailEnabled || email == null || email.isBlank()) {
            return false;
        }
        return outbox.enqueueIfAbsent(dedupKey, recipient, email.strip(), shortened(subject, MAX_SUBJECT),
                shortened(body, MAX_BODY), clock.instant());
    }

    private static String shortened(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
