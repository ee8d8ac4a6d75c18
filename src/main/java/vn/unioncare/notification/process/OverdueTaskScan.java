package vn.unioncare.notification.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.notification.domain.OverdueTaskQuery;
import vn.unioncare.notification.domain.OverdueTaskQuery.OverdueTask;
import vn.unioncare.security.AccountContacts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks for open tasks whose due date has passed and tells the assignee, or every candidate when nobody has taken
 * the task yet. Pages through the task table; each task is noticed in a transaction of its own that first records
 * the notice, so a second node running the same scan skips it instead of notifying twice.
 */
@Component
public class OverdueTaskScan {

    private static final Logger log = LoggerFactory.getLogger(OverdueTaskScan.class);
    private static final int PAGE_SIZE = 100;

    private final OverdueTaskQuery query;
    private final Notifier notifier;
    private final AccountContacts contacts;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    OverdueTaskScan(OverdueTaskQuery query, Notifier notifier, AccountContacts contacts,
                    PlatformTransactionManager transactions, Clock clock) {
        this.query = query;
        this.notifier = notifier;
        this.contacts = contacts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Notices every task overdue now and not noticed before; returns how many tasks it noticed. */
    @Scheduled(fixedDelayString = "${unioncare.notifications.overdue-scan-interval:PT5M}",
            initialDelayString = "${unioncare.notifications.overdue-scan-initial-delay:PT1M}")
    public int scan() {
        Instant now = clock.instant();
        int noticed = 0;
        String after = "";
        List<OverdueTask> page;
        do {
            page = query.page(now, after, PAGE_SIZE);
            for (OverdueTask task : page) {
                noticed += notice(task, now) ? 1 : 0;
                after = task.id();
            }
        } while (page.size() == PAGE_SIZE);
        if (noticed > 0) {
            log.info("Overdue tasks noticed: {}", noticed);
        }
        return noticed;
    }

    private boolean notice(OverdueTask task, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                query.markNoticed(task.id(), task.due(), now);
                notifier.notify(new Happening(NotificationKind.TASK_OVERDUE,
                        "overdue:" + task.id() + ":" + task.due().toEpochMilli(), "tasks/" + task.id(),
                        List.of(task.name() == null ? "-" : task.name(),
                                task.caseNumber() == null ? "-" : task.caseNumber())), recipients(task));
            });
            return true;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
    }

    private Set<String> recipients(OverdueTask task) {
        if (task.assignee() != null) {
            return Set.of(task.assignee());
        }
        OverdueTaskQuery.Candidates candidates = query.candidates(task.id());
        Set<String> recipients = new LinkedHashSet<>(candidates.users());
        recipients.addAll(contacts.usernamesInGroups(candidates.groups()));
        return recipients;
    }
}
