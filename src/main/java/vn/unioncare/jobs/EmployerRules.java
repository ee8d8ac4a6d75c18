package vn.unioncare.jobs;

import java.util.List;

/** What makes an employer valid; shared by the form and the CSV import. */
final class EmployerRules {

    /** The enterprise code: 10 digits, a branch or dependent unit adds a dash and 3 digits. */
    static final String TAX_CODE = "[0-9]{10}(-[0-9]{3})?";
    private static final String PHONE = "\\+?[0-9][0-9 .()-]{7,19}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private EmployerRules() {
    }

    static EmployerDraft normalise(EmployerDraft draft) {
        return new EmployerDraft(FieldChecks.clean(draft.taxCode()), FieldChecks.clean(draft.name()),
                FieldChecks.clean(draft.address()), FieldChecks.clean(draft.industrialPark()),
                FieldChecks.clean(draft.contactName()), FieldChecks.clean(draft.contactPhone()),
                FieldChecks.clean(draft.contactEmail()));
    }

    /** Problems of a normalised draft; empty when it may be saved. */
    static List<FieldProblem> check(EmployerDraft draft) {
        FieldChecks checks = new FieldChecks()
                .text(JobField.TAX_CODE, draft.taxCode(), true, 14)
                .matches(JobField.TAX_CODE, draft.taxCode(), TAX_CODE, "jobs.error.taxCode")
                .text(JobField.EMPLOYER_NAME, draft.name(), true, 300)
                .text(JobField.ADDRESS, draft.address(), false, 500)
                .text(JobField.INDUSTRIAL_PARK, draft.industrialPark(), false, 200)
                .text(JobField.CONTACT_NAME, draft.contactName(), false, 200)
                .text(JobField.CONTACT_PHONE, draft.contactPhone(), false, 20)
                .matches(JobField.CONTACT_PHONE, draft.contactPhone(), PHONE, "jobs.error.phone")
                .text(JobField.CONTACT_EMAIL, draft.contactEmail(), false, 200)
                .matches(JobField.CONTACT_EMAIL, draft.contactEmail(), EMAIL, "jobs.error.email");
        return checks.problems();
    }
}
