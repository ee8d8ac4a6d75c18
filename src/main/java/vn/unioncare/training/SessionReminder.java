package vn.unioncare.training;

import java.time.Instant;

/** The next reminder of an enrolled member: for the session {@code sessionId}, due {@code at}. */
public record SessionReminder(long sessionId, Instant at) {
}
