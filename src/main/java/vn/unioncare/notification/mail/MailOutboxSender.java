package vn.unioncare.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.unioncare.notification.domain.MailOutboxStore;
import vn.unioncare.notification.domain.MailOutboxStore.OutgoingMail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends what the outbox holds, after the transactions that wrote it have committed. A failed attempt (the SMTP
 * server away, a refused address) is tried again later, each time waiting twice as long up to a limit, and given
 * up after a number of attempts; a sent row is never sent again.
 */
@Component
@ConditionalOnProperty(name = "unioncare.mail.enabled", havingValue = "true")
public class MailOutboxSender {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private final MailOutboxStore outbox;
    private final JavaMailSender mailSender;
    private final Clock clock;
    private final String from;
    private final int batchSize;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final int maxAttempts;
    private final Duration lease;

    MailOutboxSender(MailOutboxStore outbox, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                     @Value("${unioncare.mail.from}") String from,
                     @Value("${unioncare.mail.batch-size:50}") int batchSize,
                     @Value("${unioncare.mail.retry-initial-delay:PT1M}") Duration firstRetry,
                     @Value("${unioncare.mail.retry-max-delay:PT1H}") Duration longestRetry,
                     @Value("${unioncare.mail.max-attempts:12}") int maxAttempts,
                     @Value("${unioncare.mail.send-lease:PT5M}") Duration lease) {
        this.outbox = outbox;
        this.mailSender = mailSender.getIfAvailable();
        if (this.mailSender == null) {
            throw new IllegalStateException("unioncare.mail.enabled=true needs an SMTP server: set spring.mail.host");
        }
        this.clock = clock;
        this.from = from;
        this.batchSize = batchSize;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.maxAttempts = maxAttempts;
        this.lease = lease;
    }

    /** Sends the e-mails that are due; returns how many were sent. */
    @Scheduled(fixedDelayString = "${unioncare.mail.send-interval:PT30S}")
    public int sendDue() {
        int sent = 0;
        for (OutgoingMail mail : outbox.due(clock.instant(), batchSize)) {
            if (outbox.claim(mail, clock.instant().plus(lease))) {
                sent += send(mail) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(OutgoingMail mail) {
        int attempt = mail.attempts() + 1;
        try {
            mailSender.send(message(mail));
            outbox.markSent(mail.id(), clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            if (attempt >= maxAttempts) {
                outbox.markFailed(mail.id(), e.getMessage());
                log.warn("E-mail {} not sent after {} attempts, given up: {}", mail.id(), attempt, e.getMessage());
            } else {
                Instant next = clock.instant().plus(retryDelay(attempt));
                outbox.retryAt(mail.id(), next, e.getMessage());
                log.warn("E-mail {} not sent (attempt {}), next attempt at {}: {}", mail.id(), attempt, next,
                        e.getMessage());
            }
            return false;
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.email());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        return message;
    }

    /** Twice as long after each failed attempt, from the first retry delay up to the longest. */
    Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
    }
}
