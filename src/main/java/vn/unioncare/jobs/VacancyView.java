package vn.unioncare.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored vacancy with its employer's name and tax code; skills in the order they were entered. */
public record VacancyView(long id, long employerId, String employerName, String employerTaxCode, String title,
                          String occupationCode, String occupationName, List<String> skills, String district,
                          String ward, Long salaryMin, Long salaryMax, int seats, int seatsFilled,
                          LocalDate closingDate, VacancySource source, VacancyStatus status, long owningUnitId,
                          String createdBy, Instant createdAt, long version) {

    public VacancyView {
        skills = List.copyOf(skills);
    }

    public int seatsLeft() {
        return Math.max(0, seats - seatsFilled);
    }

    /** Takes applications on {@code today}: open, closing date not passed, a seat left. */
    public boolean takesApplications(LocalDate today) {
        return status == VacancyStatus.OPEN && !closingDate.isBefore(today) && seatsLeft() > 0;
    }

    public VacancyDraft toDraft() {
        return new VacancyDraft(employerId, title, occupationCode, occupationName, skills, district, ward, salaryMin,
                salaryMax, seats, closingDate, source, status, owningUnitId);
    }
}
