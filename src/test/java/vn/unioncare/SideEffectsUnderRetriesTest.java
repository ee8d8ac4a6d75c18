package vn.unioncare;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.hardship.HardshipSteps;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.notification.mail.MailOutboxSender;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9, item 4: a retried job repeats no side effect. The delegates that file letters, post to the fund and queue
 * e-mails run again as a retried job runs them: (a) after their first run committed, and (b) after failing in the
 * same transaction after the side effect, retried by the job executor. E-mail delivery is retried after an SMTP
 * failure and by two senders at once. Each case counts what a repeat would add: documents, document numbers,
 * timeline entries, ledger postings, notifications, outbox rows and delivered e-mails.
 */
@UnionCareSpringTest
class SideEffectsUnderRetriesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SCHOOL = "CS-THCS-NGHIA-TAN";
    private static final String RETRY_PROCESS = "side-effect-retries";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static GreenMail smtp;

    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifier notifier;
    @Autowired
    MailOutboxSender sender;

    @BeforeAll
    static void startSmtp() {
        startSmtpServer();
    }

    /** Starts an SMTP server on the shared context's port, waiting while another test's server lets go of it. */
    private static void startSmtpServer() {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            smtp = newSmtpServer();
            smtp.start();
            return true;
        });
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static GreenMail newSmtpServer() {
        return new GreenMail(new ServerSetup(UnionCareSpringTest.SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /**
     * A process that runs the hardship delegates on another case ({@code hardshipCase}), each step asynchronous as in
     * the hardship process; with {@code failAfterSideEffect} the payment step fails after its delegate has run, in
     * its own transaction, so the job executor retries it.
     */
    private void deployRetryProcess() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(RETRY_PROCESS).count() > 0) {
            return;
        }
        BpmnModelInstance model = Bpmn.createExecutableProcess(RETRY_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_DecisionAgain").camundaAsyncBefore().camundaDelegateExpression("${hardshipDocument}")
                .camundaInputParameter("caseNumber", "${hardshipCase}")
                .camundaInputParameter("document", "decision")
                .serviceTask("Task_PaymentAgain").camundaAsyncBefore().camundaDelegateExpression("${hardshipPayment}")
                .camundaInputParameter("caseNumber", "${hardshipCase}")
                .camundaInputParameter("paymentMethod", "cash")
                .camundaInputParameter("paymentReference", "PC-RETRY")
                .camundaExecutionListenerExpression("end",
                        "${failAfterSideEffect ? theStepFailsAfterItsSideEffect : null}")
                .endEvent()
                .done();
        repository.createDeployment().name(RETRY_PROCESS).addModelInstance(RETRY_PROCESS + ".bpmn", model).deploy();
    }

    @Test
    void retriedLetterReceiptPaymentAndNoticeStepsFileNumberPostAndMailEachOnlyOnce() throws Exception {
        HardshipSteps steps = HardshipSteps.of(context);
        long member = HardshipSteps.newMember(context, SCHOOL);
        Map<String, Object> form = new HashMap<>(HardshipSteps.request("sickness",
                "Nằm viện dài ngày, thu nhập gia đình giảm", 700_000, "medical"));
        form.put("memberId", Long.toString(member));
        StartedCase started = steps.submit("school.chair", form);
        String caseNumber = started.caseNumber();
        steps.approveAtSchool(started, 700_000);
        var disburse = steps.awaitTask(started, "Task_Disburse");
        assertThat(jdbc.queryForObject("select o.code from hardship_request h join org_unit o on o.id = h.paying_unit_id"
                + " where h.case_number = ?", String.class, caseNumber)).as("paid by the school").isEqualTo(SCHOOL);
        long decisionNumbers = documentNumbersTaken("QĐ");
        long receiptNumbers = documentNumbersTaken("PC");
        assertThat(generatedDocuments(caseNumber)).containsOnlyKeys("hardship:" + caseNumber + ":decision");

        // (a) the decision step again after its first run committed, and (b) the payment step failing after its
        // side effects in the same transaction, retried by the job executor until its retries are used up
        deployRetryProcess();
        String retryRun = runtime.startProcessInstanceByKey(RETRY_PROCESS, Map.of("hardshipCase", caseNumber,
                "failAfterSideEffect", true)).getId();
        Job payment = await().atMost(PATIENCE).until(() -> management.createJobQuery().processInstanceId(retryRun)
                .activityId("Task_PaymentAgain").noRetriesLeft().singleResult(), job -> job != null);
        long failedAttempts = history.createHistoricJobLogQuery().jobId(payment.getId()).failureLog().count();
        assertThat(failedAttempts).as("failed attempts of the payment step").isEqualTo(3);
        assertThat(postings(caseNumber)).as("nothing of the failed attempts remains").containsOnlyKeys("COMMIT");
        assertThat(generatedDocuments(caseNumber)).containsOnlyKeys("hardship:" + caseNumber + ":decision");
        assertThat(paidNotices(caseNumber)).isZero();

        runtime.setVariable(retryRun, "failAfterSideEffect", false);
        management.setJobRetries(payment.getId(), 1);
        await().atMost(PATIENCE).until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(retryRun)
                .finished().count() == 1);

        // (a) again: the hardship process pays the same case; its payment step runs after the retried one committed
        steps.complete("school.chair", disburse, Map.of("paymentMethod", "cash", "paymentReference", "PC-" + caseNumber,
                "paidOn", LocalDate.now(HANOI).toString()));
        steps.awaitEnd(started);

        assertThat(generatedDocuments(caseNumber)).as("documents filed under their keys").containsOnly(
                Map.entry("hardship:" + caseNumber + ":decision", 1L),
                Map.entry("hardship:" + caseNumber + ":receipt", 1L));
        assertThat(jdbc.queryForObject("select count(*) from stored_document where owner_key = ?", Long.class,
                "case:" + caseNumber)).isEqualTo(2);
        assertThat(documentNumbersTaken("QĐ")).as("decision numbers taken by the repeat").isEqualTo(decisionNumbers);
        assertThat(documentNumbersTaken("PC")).as("receipt numbers: the one receipt").isEqualTo(receiptNumbers + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where process_instance_id = ? and event_type = "
                + "'DOCUMENT_GENERATED'", Long.class, started.processInstanceId())).as("timeline entries").isEqualTo(2);
        assertThat(postings(caseNumber)).as("fund postings").containsOnly(Map.entry("COMMIT", 1L), Map.entry("PAY", 1L));
        assertThat(paidNotices(caseNumber)).as("'paid' notifications").isEqualTo(1);

        long queued = jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Long.class,
                "%" + caseNumber + "%");
        assertThat(queued).as("e-mails queued about the case").isPositive();
        awaitAllSent(caseNumber);
        Thread.sleep(1_500); // the scheduled sender runs every second as well
        int delivered = received(null, caseNumber).size();
        assertThat(delivered).as("e-mails delivered about the case, one per queued e-mail").isEqualTo(queued);
        System.out.printf("side effects under retries: %d failed attempts of the payment step, 2 repeats after"
                + " commit; documents 2, ledger postings 2, e-mails %d, duplicates 0%n", failedAttempts, delivered);
    }

    @Test
    void anEmailThatFailedOnTheSmtpServerIsDeliveredOnceWhenItIsBack() throws Exception {
        String mark = "SMTP-RETRY-" + System.nanoTime();
        smtp.stop();
        long id;
        try {
            notifier.notify(happening(mark), List.of("hospital.chair"));
            id = jdbc.queryForObject("select id from mail_outbox where subject like ?", Long.class, "%" + mark + "%");
            await().atMost(PATIENCE).until(() -> {
                sender.sendDue();
                return jdbc.queryForObject("select last_error from mail_outbox where id = ?", String.class, id) != null;
            });
            assertThat(attemptsOf(id)).as("the failed attempt").isEqualTo(1);
            assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, id))
                    .isEqualTo("PENDING");
        } finally {
            startSmtpServer();
        }
        // the retry delay has passed
        jdbc.update("update mail_outbox set next_attempt_at = ? where id = ?", Timestamp.from(Instant.now()), id);
        await().atMost(PATIENCE).until(() -> {
            sender.sendDue();
            return !received("hospital.chair@unioncare.test", mark).isEmpty();
        });
        for (int i = 0; i < 3; i++) {
            sender.sendDue();
        }
        Thread.sleep(1_500); // the scheduled sender runs every second as well

        assertThat(received("hospital.chair@unioncare.test", mark)).hasSize(1);
        assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, id))
                .isEqualTo("SENT");
        assertThat(attemptsOf(id)).as("attempts: the failed one and the delivery").isEqualTo(2);
    }

    @Test
    void twoSendersAtOnceDeliverEachEmailOnce() throws Exception {
        String mark = "TWO-SENDERS-" + System.nanoTime();
        int mails = 20;
        for (int i = 0; i < mails; i++) {
            notifier.notify(happening(mark + "-" + i), List.of("health.officer"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> senders = List.of(sender::sendDue, sender::sendDue);
            pool.invokeAll(senders);
        } finally {
            pool.shutdown();
        }
        await().atMost(PATIENCE).until(() -> {
            sender.sendDue();
            return received("health.officer@unioncare.test", mark).size() >= mails;
        });
        Thread.sleep(1_500);

        Map<String, Long> deliveries = received("health.officer@unioncare.test", mark).stream()
                .collect(Collectors.groupingBy(SideEffectsUnderRetriesTest::subject, Collectors.counting()));
        assertThat(deliveries).hasSize(mails).allSatisfy((subject, count) -> assertThat(count).as(subject).isOne());
    }

    private static Happening happening(String mark) {
        return new Happening(NotificationKind.CASE_CLOSED, "test:" + mark, "cases/" + mark, List.of(mark));
    }

    private long attemptsOf(long outboxId) {
        return jdbc.queryForObject("select attempts from mail_outbox where id = ?", Long.class, outboxId);
    }

    /** Document numbers the school has taken this year for a document type. */
    private long documentNumbersTaken(String type) {
        return jdbc.queryForList("select last_value from case_number_counter where prefix = ? and counter_year = ?",
                Long.class, "document/" + SCHOOL + "/" + type, LocalDate.now(HANOI).getYear()).stream()
                .findFirst().orElse(0L);
    }

    private Map<String, Long> generatedDocuments(String caseNumber) {
        return countBy("select idempotency_key from stored_document where owner_key = ?", "case:" + caseNumber);
    }

    private Map<String, Long> postings(String caseNumber) {
        return countBy("select kind from fund_posting where case_number = ?", caseNumber);
    }

    private Map<String, Long> countBy(String sql, String argument) {
        return jdbc.queryForList(sql, String.class, argument).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private long paidNotices(String caseNumber) {
        return jdbc.queryForObject("select count(*) from notification where kind = 'REQUEST_PAID' and link = ?",
                Long.class, "cases/" + caseNumber);
    }

    private void awaitAllSent(String caseNumber) {
        await().atMost(PATIENCE).until(() -> {
            sender.sendDue();
            return jdbc.queryForObject("select count(*) from mail_outbox where subject like ? and status <> 'SENT'",
                    Long.class, "%" + caseNumber + "%") == 0;
        });
    }

    /** What the SMTP server received with the text in the subject, for the address (any when null). */
    private static List<MimeMessage> received(String address, String subjectPart) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (subject(message).contains(subjectPart) && (address == null || recipients(message).contains(address))) {
                found.add(message);
            }
        }
        return found;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
