package vn.unioncare.jobs;

import vn.unioncare.common.SearchText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What makes a vacancy valid; shared by the form and the CSV import. */
final class VacancyRules {

    static final int MAX_SKILLS = 20;
    static final int MAX_SEATS = 10_000;
    private static final String OCCUPATION_CODE = "[A-Za-z0-9][A-Za-z0-9.-]*";

    private VacancyRules() {
    }

    /** Text stripped, skills without blanks and without repeats (diacritics and case ignored), OPEN by default. */
    static VacancyDraft normalise(VacancyDraft draft) {
        Map<String, String> skills = new LinkedHashMap<>();
        for (String skill : draft.skills()) {
            String cleaned = FieldChecks.clean(skill);
            if (cleaned != null) {
                skills.putIfAbsent(SearchText.fold(cleaned), cleaned);
            }
        }
        return new VacancyDraft(draft.employerId(), FieldChecks.clean(draft.title()),
                FieldChecks.clean(draft.occupationCode()), FieldChecks.clean(draft.occupationName()),
                new ArrayList<>(skills.values()), FieldChecks.clean(draft.district()), FieldChecks.clean(draft.ward()),
                draft.salaryMin(), draft.salaryMax(), draft.seats(), draft.closingDate(), draft.source(),
                draft.status() == null ? VacancyStatus.OPEN : draft.status(), draft.owningUnitId());
    }

    /** Problems of a normalised draft on {@code today}; empty when it may be saved. */
    static List<FieldProblem> check(VacancyDraft draft, LocalDate today) {
        FieldChecks checks = new FieldChecks()
                .required(JobField.EMPLOYER, draft.employerId())
                .text(JobField.TITLE, draft.title(), true, 300)
                .text(JobField.OCCUPATION_CODE, draft.occupationCode(), true, 20)
                .matches(JobField.OCCUPATION_CODE, draft.occupationCode(), OCCUPATION_CODE, "jobs.error.occupationCode")
                .text(JobField.OCCUPATION_NAME, draft.occupationName(), true, 200)
                .text(JobField.DISTRICT, draft.district(), true, 100)
                .text(JobField.WARD, draft.ward(), false, 100)
                .required(JobField.SEATS, draft.seats())
                .required(JobField.CLOSING_DATE, draft.closingDate())
                .required(JobField.SOURCE, draft.source());
        checkSkills(checks, draft.skills());
        checkSalary(checks, draft.salaryMin(), draft.salaryMax());
        if (draft.seats() != null && (draft.seats() < 1 || draft.seats() > MAX_SEATS)) {
            checks.add(JobField.SEATS, "jobs.error.seats", MAX_SEATS);
        }
        if (draft.closingDate() != null && draft.status() == VacancyStatus.OPEN && draft.closingDate().isBefore(today)) {
            checks.add(JobField.CLOSING_DATE, "jobs.error.closingDatePast");
        }
        return checks.problems();
    }

    private static void checkSkills(FieldChecks checks, List<String> skills) {
        if (skills.size() > MAX_SKILLS) {
            checks.add(JobField.SKILLS, "jobs.error.tooManySkills", MAX_SKILLS);
        }
        for (String skill : skills) {
            checks.text(JobField.SKILLS, skill, false, 100);
        }
    }

    private static void checkSalary(FieldChecks checks, Long min, Long max) {
        if (min != null && min < 0) {
            checks.add(JobField.SALARY_MIN, "jobs.error.negative");
        }
        if (max != null && max < 0) {
            checks.add(JobField.SALARY_MAX, "jobs.error.negative");
        }
        if (min != null && max != null && min > max) {
            checks.add(JobField.SALARY_MAX, "jobs.error.salaryRange");
        }
    }
}
