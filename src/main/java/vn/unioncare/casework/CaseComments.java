package vn.unioncare.casework;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.domain.CaseCommentStore;
import vn.unioncare.casework.domain.CaseCommentStore.StoredComment;
import vn.unioncare.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Comments on a case file, by anyone who may see the case; each one is also in the audit log. */
@Service
public class CaseComments {

    public static final int MAX_LENGTH = 2000;

    private final CaseAccess access;
    private final CaseCommentStore store;
    private final AuditTrail audit;
    private final ActorNames names;
    private final CurrentUser currentUser;
    private final Clock clock;

    public CaseComments(CaseAccess access, CaseCommentStore store, AuditTrail audit, ActorNames names,
                        CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.names = names;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Adds a comment: refused when blank ({@code casefile.comment.error.blank}), longer than {@link #MAX_LENGTH}
     * ({@code casefile.comment.error.tooLong}, with the limit as parameter) or when the case is not the caller's
     * to see ({@code error.notFoundOrNoAccess}).
     */
    @Transactional
    public CaseComment add(String caseNumber, String text) {
        String author = currentUser.require().getUsername();
        CaseSummary summary = access.require(caseNumber);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new CaseworkException("casefile.comment.error.blank", 422, caseNumber);
        }
        if (body.length() > MAX_LENGTH) {
            throw new CaseworkException("casefile.comment.error.tooLong", 422, caseNumber);
        }
        Instant now = clock.instant();
        long id = store.add(summary.id(), author, body, now);
        audit.record(summary.processInstanceId(), AuditType.COMMENT_ADDED, Map.of("commentId", id));
        return new CaseComment(id, author, names.of(List.of(author)).get(author), body, now);
    }

    /** The case's comments, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseComment> list(String caseNumber) {
        return list(access.require(caseNumber));
    }

    List<CaseComment> list(CaseSummary visibleCase) {
        List<StoredComment> stored = store.forCase(visibleCase.id());
        Map<String, String> displayNames = names.of(stored.stream().map(StoredComment::author).toList());
        return stored.stream().map(c -> new CaseComment(c.id(), c.author(), displayNames.get(c.author()), c.body(),
                c.createdAt())).toList();
    }
}
