package vn.unioncare.training.ui;

import vn.unioncare.casework.CaseFileSection;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.Enrollments;
import vn.unioncare.training.TrainingCatalogue;

import java.util.Optional;

/** Adds the cohort, the enrollment status and the cancel button to the page of a training case. */
@org.springframework.stereotype.Component
class TrainingCaseSection implements CaseFileSection {

    private final Enrollments enrollments;
    private final TrainingCatalogue catalogue;

    TrainingCaseSection(Enrollments enrollments, TrainingCatalogue catalogue) {
        this.enrollments = enrollments;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(String caseNumber, String processKey) {
        if (!Enrollments.PROCESS_KEY.equals(processKey)) {
            return Optional.empty();
        }
        return enrollments.enrollment(caseNumber).map(enrollment -> {
            Optional<CohortView> cohort = catalogue.cohort(enrollment.cohortId());
            return new EnrollmentPanel(enrollments, enrollment, cohort.orElse(null));
        });
    }
}
