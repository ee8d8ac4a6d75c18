package vn.unioncare.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.notification.mail.MailOutboxSender;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications contract on H2, and e-mail through the outbox with GreenMail as the SMTP server on the port the
 * shared test context sends to.
 */
@UnionCareSpringTest
class NotificationsTest extends NotificationsContract {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(UnionCareSpringTest.SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    MailOutboxSender sender;
    @Autowired
    TransactionTemplate transaction;

    private long outboxRowsOf(String username, String subjectPart) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?",
                Long.class, username, "%" + subjectPart + "%");
    }

    /** The e-mails GreenMail received for an address whose subject contains the text, waiting for the sender. */
    private List<MimeMessage> mailsTo(String address, String subjectPart, Duration wait) throws Exception {
        Instant until = Instant.now().plus(wait);
        List<MimeMessage> found;
        do {
            sender.sendDue();
            found = received(address, subjectPart);
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(until));
        return found;
    }

    private static List<MimeMessage> received(String address, String subjectPart) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(subjectPart) && Arrays.stream(m.getAllRecipients())
                        .map(Address::toString).anyMatch(address::equals);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aTaskAssignedToTheHospitalChairShowsInTheBellAndArrivesByEmailInVietnamese() throws Exception {
        StartedCase request = requestBy("hospital.member");
        String task = taskOf(request);
        engine.runAs("health.officer", () -> tasks.setAssignee(task, "hospital.chair"));

        String text = "Công việc «" + REVIEW + "» của hồ sơ " + request.caseNumber() + " đã được giao cho bạn";
        assertThat(notificationsOf("hospital.chair", "tasks/" + task)).containsExactly(text);
        List<MimeMessage> mails = mailsTo("hospital.chair@unioncare.test", request.caseNumber(), Duration.ofSeconds(20));
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("[UnionCare] " + text);
            assertThat(mail.getContent().toString())
                    .contains("Xin chào Bùi Đức Thắng", "http://localhost:8080/tasks/" + task,
                            "http://localhost:8080/settings/notifications");
        });
    }

    @Test
    void aDelegatedTaskSaysWhoDelegatedItAndResolvingItTellsTheOwner() throws Exception {
        StartedCase request = requestBy("hospital.member");
        String task = taskOf(request);
        engine.runAs("health.officer", () -> {
            tasks.claim(task, "health.officer");
            tasks.delegateTask(task, "hospital.chair");
        });
        assertThat(notificationsOf("health.officer", "tasks/" + task)).isEmpty();
        assertThat(notificationsOf("hospital.chair", "tasks/" + task)).containsExactly("Công việc «" + REVIEW
                + "» của hồ sơ " + request.caseNumber() + " đã được Vũ Thị Lan (Công đoàn ngành Y tế) ủy quyền cho bạn");
        assertThat(mailsTo("hospital.chair@unioncare.test", request.caseNumber(), Duration.ofSeconds(20)))
                .singleElement().satisfies(mail -> assertThat(mail.getSubject()).contains("ủy quyền cho bạn"));

        engine.runAs("hospital.chair", () -> tasks.resolveTask(task));
        assertThat(notificationsOf("health.officer", "tasks/" + task)).singleElement().asString()
                .startsWith("Bùi Đức Thắng").contains("trả lại cho bạn");
    }

    @Test
    void withEmailTurnedOffAnOfficerIsNotifiedInTheAppOnly() throws Exception {
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            preferences.setEmailEnabled(false);
            assertThat(preferences.emailEnabled()).isFalse();
        }
        try {
            StartedCase request = requestBy("factory.member");
            String task = taskOf(request);
            engine.runAs("parks.officer", () -> tasks.setAssignee(task, "factory.chair"));

            assertThat(notificationsOf("factory.chair", "tasks/" + task)).hasSize(1);
            assertThat(outboxRowsOf("factory.chair", request.caseNumber())).isZero();
            assertThat(mailsTo("factory.member@unioncare.test", request.caseNumber(), Duration.ofSeconds(20)))
                    .as("the member, who kept e-mail on, still gets the receipt").hasSize(1);
            assertThat(received("factory.chair@unioncare.test", request.caseNumber())).isEmpty();
        } finally {
            try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
                preferences.setEmailEnabled(true);
            }
        }
    }

    @Test
    void anAssignmentInATransactionThatRollsBackNotifiesAndSendsNothing() throws Exception {
        StartedCase request = requestBy("hospital.member");
        String task = taskOf(request);
        transaction.executeWithoutResult(status -> {
            engine.runAs("health.officer", () -> tasks.setAssignee(task, "hospital.chair"));
            assertThat(notificationsOf("hospital.chair", "tasks/" + task)).as("written in the transaction").hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThat(notificationsOf("hospital.chair", "tasks/" + task)).isEmpty();
        assertThat(outboxRowsOf("hospital.chair", request.caseNumber())).isZero();
        sender.sendDue();
        assertThat(received("hospital.chair@unioncare.test", request.caseNumber())).isEmpty();
    }

    @Test
    void theSameHappeningNotifiesAndMailsOnlyOnce() throws Exception {
        Happening happening = new Happening(NotificationKind.CASE_CLOSED, "test:repeated:" + System.nanoTime(),
                "cases/TEST-REPEATED", List.of("TEST-REPEATED"));
        assertThat(notifier.notify(happening, List.of("school.chair"))).isEqualTo(1);
        assertThat(notifier.notify(happening, List.of("school.chair", "school.chair"))).isZero();
        transaction.executeWithoutResult(status -> notifier.notify(happening, List.of("school.chair")));

        assertThat(notificationsOf("school.chair", "cases/TEST-REPEATED")).hasSize(1);
        assertThat(mailsTo("school.chair@unioncare.test", "TEST-REPEATED", Duration.ofSeconds(20))).hasSize(1);
        sender.sendDue();
        assertThat(received("school.chair@unioncare.test", "TEST-REPEATED")).hasSize(1);
    }
}
