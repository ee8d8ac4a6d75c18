package vn.unioncare.jobs;

import org.springframework.stereotype.Component;
import vn.unioncare.forms.FieldError;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.SubmissionCheck;

import java.util.Map;

/**
 * "Hired" on the {@code job-referral-outcome} form says where: one of the vacancies the member was referred to, or
 * the employer that hired them otherwise (e.g. at a job fair).
 */
@Component
class HireNamesItsEmployer implements SubmissionCheck {

    static final String FORM = "job-referral-outcome";

    @Override
    public boolean appliesTo(FormSchema form) {
        return FORM.equals(form.id());
    }

    @Override
    public Map<String, FieldError> check(Map<String, Object> values, Map<String, Object> context) {
        if (!"hired".equals(values.get("outcome")) || filled(values.get("hiredVacancy"))
                || filled(values.get("hiredBy"))) {
            return Map.of();
        }
        return Map.of("hiredVacancy", FieldError.of("jobs.referral.error.hiredWhere"));
    }

    private static boolean filled(Object value) {
        return value != null && !value.toString().isBlank();
    }
}
