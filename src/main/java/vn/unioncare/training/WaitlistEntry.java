package vn.unioncare.training;

import java.time.Instant;

/** One member waiting for a seat, at {@code position} (1 first) in the order priority, then request time. */
public record WaitlistEntry(int position, String caseNumber, long memberId, String memberName, String cardNumber,
                            int priority, Instant requestedAt) {
}
