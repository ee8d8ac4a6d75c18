package vn.unioncare.training;

import java.time.format.DateTimeFormatter;

/** How a cohort is named to people: the course, the organising union and the first day. */
final class CohortLabels {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CohortLabels() {
    }

    static String of(CohortView cohort) {
        return cohort.firstSession() == null
                ? "%s (%s)".formatted(cohort.courseTitle(), cohort.orgUnitName())
                : "%s (%s, khai giảng %s)".formatted(cohort.courseTitle(), cohort.orgUnitName(),
                DAY.format(cohort.firstSession()));
    }
}
