package vn.unioncare.training;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session of a cohort; {@code place} is the venue of an in-person session or the link of an online one. */
public record SessionView(long id, long cohortId, LocalDate date, LocalTime startTime, LocalTime endTime,
                          String place) {
}
