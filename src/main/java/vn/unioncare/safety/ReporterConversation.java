package vn.unioncare.safety;

import org.springframework.stereotype.Service;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseStatus;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.security.AccountView;
import vn.unioncare.security.UserAccountService;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAccess;
import vn.unioncare.safety.domain.SafetyMessageRows;
import vn.unioncare.safety.domain.SafetyMessageRows.MessageRow;
import vn.unioncare.security.CurrentUser;

import java.time.Clock;
import java.util.List;

/**
 * Questions from officers to the anonymous reporter of a case, and the reporter's answers. Officers work by case
 * number and must be able to see the case ({@link CaseAccess}); the reporter works only through the tracking code,
 * and nothing about them is stored: no account, name, address or browser, just the text and the time.
 * A conversation shows its latest {@value #SHOWN} messages.
 */
@Service
@Transactional
public class ReporterConversation {

    static final int SHOWN = 200;
    /** The longest message either side may send. */
    public static final int MAX_MESSAGE_LENGTH = MessageText.MAX_LENGTH;

    private final SafetyMessageRows messages;
    private final TrackingCodes trackingCodes;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CaseRecords records;
    private final Notifier notifier;
    private final UserAccountService accounts;

    public ReporterConversation(SafetyMessageRows messages, TrackingCodes trackingCodes, CaseAccess caseAccess,
                                CurrentUser currentUser, Clock clock, CaseRecords records, Notifier notifier,
                                UserAccountService accounts) {
        this.accounts = accounts;
        this.records = records;
        this.notifier = notifier;
        this.messages = messages;
        this.trackingCodes = trackingCodes;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An officer who may see the case asks its anonymous reporter; refused for a case reported under a name. */
    public ConversationEntry ask(String caseNumber, String text) {
        String officer = currentUser.require().getUsername();
        caseAccess.require(caseNumber);
        if (!trackingCodes.issuedFor(caseNumber)) {
            throw new SafetyException("safety.conversation.notAnonymous", 409, caseNumber);
        }
        String checked = MessageText.checked(text);
        requireOpen(caseNumber);
        return entry(messages.insert(caseNumber, ConversationDirection.QUESTION.name(), checked, officer,
                clock.instant()));
    }

    /** The anonymous reporter answers (or adds to the report) with their tracking code. */
    public ConversationEntry answer(String trackingCode, String text) {
        String caseNumber = caseOf(trackingCode);
        String checked = MessageText.checked(text);
        requireOpen(caseNumber);
        ConversationEntry answer = withoutOfficer(entry(messages.insert(caseNumber, ConversationDirection.ANSWER.name(),
                checked, null, clock.instant())));
        notifier.notify(Happening.aboutCase(NotificationKind.SAFETY_REPORTER_ANSWERED, caseNumber,
                String.valueOf(answer.id())), askers(caseNumber));
        return answer;
    }

    /** A closed case takes no more messages, from either side. */
    private void requireOpen(String caseNumber) {
        if (records.progress(caseNumber).map(p -> p.status() == CaseStatus.CLOSED).orElse(true)) {
            throw new SafetyException("safety.conversation.closed", 409, caseNumber);
        }
    }

    /** The officers who asked this case's reporter something hear of each answer. */
    private Set<String> askers(String caseNumber) {
        return messages.latest(caseNumber, SHOWN).stream().map(MessageRow::authorUsername).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What the reporter sees, oldest first: the questions and answers, without the officers' names. */
    @Transactional(readOnly = true)
    public List<ConversationEntry> forReporter(String trackingCode) {
        return messages.latest(caseOf(trackingCode), SHOWN).stream().map(row -> withoutOfficer(entry(row))).toList();
    }

    /** What officers who may see the case see, oldest first, including who asked. */
    @Transactional(readOnly = true)
    public List<ConversationEntry> forCase(String caseNumber) {
        caseAccess.require(caseNumber);
        List<MessageRow> rows = messages.latest(caseNumber, SHOWN);
        Map<String, String> names = accounts.findAccounts(rows.stream().map(MessageRow::authorUsername)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(AccountView::username, AccountView::displayName, (a, b) -> a));
        return rows.stream().map(row -> new ConversationEntry(row.id(), ConversationDirection.valueOf(row.direction()),
                row.text(), row.authorUsername(), names.get(row.authorUsername()), row.createdAt())).toList();
    }

    private String caseOf(String trackingCode) {
        return trackingCodes.caseOf(trackingCode).orElseThrow(SafetyException::unknownTrackingCode);
    }

    private static ConversationEntry entry(MessageRow row) {
        return new ConversationEntry(row.id(), ConversationDirection.valueOf(row.direction()), row.text(),
                row.authorUsername(), null, row.createdAt());
    }

    private static ConversationEntry withoutOfficer(ConversationEntry entry) {
        return new ConversationEntry(entry.id(), entry.direction(), entry.text(), null, null, entry.createdAt());
    }
}
