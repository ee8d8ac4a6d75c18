package vn.unioncare.casework;

import java.time.Instant;

/** A comment on a case file; {@code authorName} is the author's display name. */
public record CaseComment(long id, String author, String authorName, String text, Instant createdAt) {
}
