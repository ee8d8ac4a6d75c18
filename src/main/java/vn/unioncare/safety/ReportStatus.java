package vn.unioncare.safety;

import vn.unioncare.casework.CaseStatus;

import java.time.Instant;
import java.util.List;

/**
 * What the holder of a tracking code sees of their report: how far it has come and the conversation with the
 * officers, who are not named.
 *
 * @param stage the stage in the process's words, {@code case.stage.<stage>} in the message bundles; may be null
 */
public record ReportStatus(String caseNumber, CaseStatus status, String stage, Instant receivedAt, Instant closedAt,
                           List<ConversationEntry> conversation) {

    /** Whether the officers asked something the reporter has not answered yet. */
    public boolean hasOpenQuestion() {
        return !conversation.isEmpty()
                && conversation.get(conversation.size() - 1).direction() == ConversationDirection.QUESTION;
    }
}
