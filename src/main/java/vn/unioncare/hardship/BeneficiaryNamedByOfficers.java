package vn.unioncare.hardship;

import org.springframework.stereotype.Component;
import vn.unioncare.forms.FieldError;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.SubmissionCheck;
import vn.unioncare.security.CurrentUser;

import java.util.Map;

/** An officer submitting for a member names the member; a member asks for themself. */
@Component
class BeneficiaryNamedByOfficers implements SubmissionCheck {

    static final String FORM = "hardship-request";

    private final CurrentUser currentUser;

    BeneficiaryNamedByOfficers(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public boolean appliesTo(FormSchema form) {
        return FORM.equals(form.id());
    }

    @Override
    public Map<String, FieldError> check(Map<String, Object> values, Map<String, Object> context) {
        boolean actsForOthers = currentUser.get().map(u -> u.isOfficer() || !u.isMember()).orElse(false);
        if (actsForOthers && values.get("memberId") == null) {
            return Map.of("memberId", FieldError.of("hardship.error.memberRequired"));
        }
        return Map.of();
    }
}
