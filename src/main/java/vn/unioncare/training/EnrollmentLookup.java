package vn.unioncare.training;

import org.springframework.stereotype.Component;

/** The enrollment of a case and its cohort, for process steps, which only run for cases that have both. */
@Component
class EnrollmentLookup {

    private final Seats seats;
    private final TrainingCatalogue catalogue;

    EnrollmentLookup(Seats seats, TrainingCatalogue catalogue) {
        this.seats = seats;
        this.catalogue = catalogue;
    }

    EnrollmentView enrollment(String caseNumber) {
        return seats.enrollment(caseNumber)
                .orElseThrow(() -> new IllegalStateException("no enrollment for case " + caseNumber));
    }

    CohortView cohort(EnrollmentView enrollment) {
        return catalogue.cohort(enrollment.cohortId())
                .orElseThrow(() -> new IllegalStateException("no cohort " + enrollment.cohortId()));
    }
}
