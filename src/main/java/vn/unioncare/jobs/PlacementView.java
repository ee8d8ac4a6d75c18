package vn.unioncare.jobs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One vacancy a member was referred to and what became of it; the {@code stillEmployed} answers are null until
 * the check-in was made.
 */
public record PlacementView(long vacancyId, String vacancyTitle, String employerName, int round,
                            Long letterDocumentId, boolean profileSent, Instant referredAt, boolean interviewed,
                            boolean hired, LocalDate hiredOn, Boolean stillEmployed30, Boolean stillEmployed90,
                            Instant outcomeAt) {

    /** No answer from the employer recorded yet. */
    public boolean awaitingAnswer() {
        return outcomeAt == null;
    }
}
