package vn.unioncare.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.notification.mail.MailOutboxSender;
import vn.unioncare.notification.process.OverdueTaskScan;
import vn.unioncare.security.EngineIdentity;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskQueues;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notifications from the engine and the case files, in the bell and by e-mail through the outbox, with GreenMail
 * as the SMTP server on the port the shared test context sends to.
 */
@UnionCareSpringTest
class NotificationsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(UnionCareSpringTest.SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final String REVIEW = "Xem xét yêu cầu";

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskQueues queues;
    @Autowired
    EngineIdentity engine;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    Notifier notifier;
    @Autowired
    OverdueTaskScan overdueScan;
    @Autowired
    MailOutboxSender sender;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    private StartedCase requestBy(String member) {
        try (SignedIn ignored = SignedIn.as(accounts, member)) {
            return starter.start("foundation-roundtrip", Map.of("note", "Đề nghị hỗ trợ"));
        }
    }

    private String taskOf(StartedCase started) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
    }

    /** The texts of the notifications an account has with this link, oldest first. */
    private List<String> notificationsOf(String username, String link) {
        return jdbc.queryForList("select message from notification where recipient = ? and link = ? order by id",
                String.class, username, link);
    }

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
    void claimingATaskOneselfNotifiesNobody() {
        String task = taskOf(requestBy("member"));
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            queues.claim(task);
        }
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("school.chair");
        assertThat(notificationsOf("school.chair", "tasks/" + task)).isEmpty();
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
    void theOverdueScanNotifiesTheCandidatesOfAnUnclaimedTaskOnce() {
        StartedCase request = requestBy("member");
        String task = taskOf(request);
        tasks.setDueDate(task, Date.from(Instant.now().minus(Duration.ofDays(1))));

        overdueScan.scan();
        overdueScan.scan();

        assertThat(notificationsOf("school.chair", "tasks/" + task)).containsExactly(
                "Công việc «" + REVIEW + "» của hồ sơ " + request.caseNumber() + " đã quá hạn xử lý");
        assertThat(notificationsOf("member", "tasks/" + task)).isEmpty();
        assertThat(notificationsOf("commune.officer", "tasks/" + task)).isEmpty();
    }

    @Test
    void anOverdueAssignedTaskNotifiesItsAssigneeOnlyAndANewDueDateNotifiesAgain() {
        String task = taskOf(requestBy("hospital.member"));
        engine.runAs("health.officer", () -> tasks.claim(task, "health.officer"));
        tasks.setDueDate(task, Date.from(Instant.now().minus(Duration.ofHours(2))));
        overdueScan.scan();
        assertThat(notificationsOf("health.officer", "tasks/" + task)).hasSize(1);
        assertThat(notificationsOf("hospital.chair", "tasks/" + task)).isEmpty();

        tasks.setDueDate(task, Date.from(Instant.now().minus(Duration.ofMinutes(1))));
        overdueScan.scan();
        overdueScan.scan();
        assertThat(notificationsOf("health.officer", "tasks/" + task)).hasSize(2);
    }

    @Test
    void aMemberIsToldWhenTheirCaseIsReceivedAndWhenItEnds() throws Exception {
        StartedCase request = requestBy("member");
        String link = "cases/" + request.caseNumber();
        assertThat(notificationsOf("member", link)).containsExactly("Hồ sơ " + request.caseNumber()
                + " đã được tiếp nhận");

        String task = taskOf(request);
        engine.runAs("school.chair", () -> {
            tasks.claim(task, "school.chair");
            tasks.complete(task);
        });
        assertThat(notificationsOf("member", link)).containsExactly(
                "Hồ sơ " + request.caseNumber() + " đã được tiếp nhận", "Hồ sơ " + request.caseNumber() + " đã kết thúc");
        assertThat(mailsTo("member@unioncare.test", "Hồ sơ " + request.caseNumber() + " đã kết thúc",
                Duration.ofSeconds(20))).hasSize(1);
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

    @Test
    void nobodyCanMarkAnotherAccountsNotificationRead() {
        notifier.notify(new Happening(NotificationKind.CASE_RECEIVED, "test:private:" + System.nanoTime(),
                "cases/TEST-PRIVATE", List.of("TEST-PRIVATE")), List.of("hospital.chair"));
        long id = jdbc.queryForObject("select max(id) from notification where recipient = 'hospital.chair'"
                + " and link = 'cases/TEST-PRIVATE'", Long.class);

        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> notifications.markRead(id))
                    .isInstanceOfSatisfying(NotificationException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.messageKey()).isEqualTo("error.notFoundOrNoAccess");
                    });
            assertThat(notifications.latest(50)).extracting(NotificationItem::id).doesNotContain(id);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            long unread = notifications.unreadCount();
            notifications.markRead(id);
            assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
            notifications.markRead(id);
            assertThat(notifications.latest(50)).filteredOn(n -> n.id() == id).singleElement()
                    .satisfies(n -> assertThat(n.read()).isTrue());
        }
    }
}
