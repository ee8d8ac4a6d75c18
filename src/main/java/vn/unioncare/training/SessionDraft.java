package vn.unioncare.training;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session as a coordinator enters it; {@code id} names a stored session being kept or changed (null for a new
 * one); {@code place} is a venue, or a link for an online course.
 */
public record SessionDraft(Long id, LocalDate date, LocalTime startTime, LocalTime endTime, String place) {

    public static SessionDraft of(SessionView session) {
        return new SessionDraft(session.id(), session.date(), session.startTime(), session.endTime(), session.place());
    }
}
