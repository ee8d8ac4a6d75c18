package vn.unioncare.safety;

import java.time.Instant;

/**
 * One message between officers and the anonymous reporter of a case. {@code officerUsername} and {@code officerName}
 * (the account's display name) name the officer who asked, for officers only; they are null for the reporter's
 * answers and in everything the reporter is shown.
 */
public record ConversationEntry(long id, ConversationDirection direction, String text, String officerUsername,
                                String officerName, Instant createdAt) {
}
