package vn.unioncare.training;

import org.springframework.stereotype.Component;
import vn.unioncare.forms.FieldLookup;
import vn.unioncare.forms.FormComponent;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Form fields with {@code lookup = cohort}: the cohorts taking enrollments, found by course title (diacritics
 * ignored); the value is the cohort's id.
 */
@Component
class CohortLookup implements FieldLookup {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_ID_LENGTH = 19;

    private final TrainingCatalogue catalogue;

    CohortLookup(TrainingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "cohort";
    }

    @Override
    public List<FormComponent.Option> find(String text, int offset, int limit) {
        return catalogue.openCohorts(text, offset, Math.max(1, Math.min(limit, 50))).stream()
                .map(CohortLookup::option).toList();
    }

    @Override
    public Optional<FormComponent.Option> choice(String value) {
        if (value == null || !value.strip().matches("\\d{1," + MAX_ID_LENGTH + "}")) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value.strip());
            return catalogue.cohort(id).filter(catalogue::takesEnrollments).map(CohortLookup::option);
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private static FormComponent.Option option(CohortView cohort) {
        return new FormComponent.Option(cohort.courseTitle() + " – " + cohort.orgUnitName() + " ("
                + DAY.format(cohort.firstSession()) + ")", Long.toString(cohort.id()));
    }
}
