package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.Component;
import vn.unioncare.common.VndFormat;
import vn.unioncare.jobs.VacancyView;

import java.time.format.DateTimeFormatter;

/** How vacancies read on screen. */
final class VacancyTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VacancyTexts() {
    }

    static String salary(Component translator, VacancyView vacancy) {
        Long min = vacancy.salaryMin();
        Long max = vacancy.salaryMax();
        if (min == null && max == null) {
            return translator.getTranslation("jobs.salary.negotiable");
        }
        if (min != null && max != null) {
            return VndFormat.digits(min) + " – " + VndFormat.withSign(max);
        }
        return min != null ? translator.getTranslation("jobs.salary.from", VndFormat.withSign(min))
                : translator.getTranslation("jobs.salary.upTo", VndFormat.withSign(max));
    }

    static String place(VacancyView vacancy) {
        return vacancy.ward() == null ? vacancy.district() : vacancy.ward() + ", " + vacancy.district();
    }
}
