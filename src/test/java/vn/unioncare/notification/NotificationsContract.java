package vn.unioncare.notification;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.notification.process.OverdueTaskScan;
import vn.unioncare.security.EngineIdentity;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskQueues;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In-app notifications from the engine's task events, the overdue scan and the case files, and who may read them.
 * Runs on H2 and on PostgreSQL: the scan reads Camunda's task tables in SQL.
 */
abstract class NotificationsContract {

    static final String REVIEW = "Xem xét yêu cầu";

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
    JdbcTemplate jdbc;
    @Autowired
    NotificationRetention retention;

    StartedCase requestBy(String member) {
        try (SignedIn ignored = SignedIn.as(accounts, member)) {
            return starter.start("foundation-roundtrip", Map.of("note", "Đề nghị hỗ trợ"));
        }
    }

    String taskOf(StartedCase started) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
    }

    /** The texts of the notifications an account has with this link, oldest first. */
    List<String> notificationsOf(String username, String link) {
        return jdbc.queryForList("select message from notification where recipient = ? and link = ? order by id",
                String.class, username, link);
    }

    @Test
    void oldReadNotificationsAndSentMailsAreCleanedUpWhileRecentAndPendingOnesStay() {
        String tag = "retention-" + java.util.UUID.randomUUID();
        java.time.Instant now = java.time.Instant.now();
        notification(tag + ":old-read", now.minus(java.time.Duration.ofDays(100)), true);
        notification(tag + ":old-unread", now.minus(java.time.Duration.ofDays(100)), false);
        notification(tag + ":ancient-unread", now.minus(java.time.Duration.ofDays(400)), false);
        notification(tag + ":recent-read", now.minus(java.time.Duration.ofDays(5)), true);
        mail(tag + ":old-sent", "SENT", now.minus(java.time.Duration.ofDays(40)));
        mail(tag + ":old-pending", "PENDING", now.minus(java.time.Duration.ofDays(40)));
        mail(tag + ":recent-sent", "SENT", now.minus(java.time.Duration.ofDays(2)));

        retention.purge();

        assertThat(jdbc.queryForList("select dedup_key from notification where dedup_key like ?", String.class, tag + "%"))
                .containsExactlyInAnyOrder(tag + ":old-unread", tag + ":recent-read");
        assertThat(jdbc.queryForList("select dedup_key from mail_outbox where dedup_key like ?", String.class, tag + "%"))
                .containsExactlyInAnyOrder(tag + ":old-pending", tag + ":recent-sent");
    }

    private void notification(String key, java.time.Instant created, boolean read) {
        jdbc.update("insert into notification (recipient, kind, message, link, dedup_key, created_at, read_at)"
                + " values ('member', 'CASE_RECEIVED', 'x', 'cases/x', ?, ?, ?)", key,
                java.sql.Timestamp.from(created), read ? java.sql.Timestamp.from(created) : null);
    }

    private void mail(String key, String status, java.time.Instant created) {
        jdbc.update("insert into mail_outbox (dedup_key, recipient, email, subject, body, status, attempts,"
                + " next_attempt_at, created_at) values (?, 'member', 'member@unioncare.test', 's', 'b', ?, 1, ?, ?)",
                key, status, java.sql.Timestamp.from(created.plusSeconds(3600 * 24 * 365)), java.sql.Timestamp.from(created));
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
    void aMemberIsToldWhenTheirCaseIsReceivedAndWhenItEnds() {
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

    @Test
    void anAccountsEmailChoiceIsRememberedAndDefaultsToOn() {
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.training")) {
            assertThat(preferences.emailEnabled()).isTrue();
            preferences.setEmailEnabled(false);
            assertThat(preferences.emailEnabled()).isFalse();
            preferences.setEmailEnabled(true);
            assertThat(preferences.emailEnabled()).isTrue();
        }
    }
}
