package vn.unioncare.safety;

import java.time.Instant;

/**
 * One message between officers and the anonymous reporter of a case. {@code officerUsername} names the officer who
 * asked, for officers only; it is null for the reporter's answers and in everything the reporter is shown.
 */
public record ConversationEntry(long id, ConversationDirection direction, String text, String officerUsername,
                                Instant createdAt) {
}
