package vn.unioncare.jobs;

import java.time.LocalDate;
import java.util.List;

/**
 * A vacancy as an officer enters it. Salaries are monthly VND, either may be missing (negotiable);
 * {@code owningUnitId} is the union that maintains the vacancy, null for the officer's own (first) union.
 */
public record VacancyDraft(Long employerId, String title, String occupationCode, String occupationName,
                           List<String> skills, String district, String ward, Long salaryMin, Long salaryMax,
                           Integer seats, LocalDate closingDate, VacancySource source, VacancyStatus status,
                           Long owningUnitId) {

    public VacancyDraft {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
