package vn.unioncare.forms;

import java.util.Map;

/**
 * A rule about a submission that a form's schema cannot say, such as "not more than the cap this case was given":
 * a feature registers one as a Spring bean for its forms. It runs on the server after the form's own rules passed,
 * wherever the form is submitted from, and its errors are shown under the fields like any other.
 */
public interface SubmissionCheck {

    /** Whether this check applies to submissions of the form. */
    boolean appliesTo(FormSchema form);

    /**
     * @param values  the submission, already validated against the form
     * @param context the variables the form was rendered with (process variables of the task)
     * @return errors by field key; empty when the submission passes
     */
    Map<String, FieldError> check(Map<String, Object> values, Map<String, Object> context);
}
