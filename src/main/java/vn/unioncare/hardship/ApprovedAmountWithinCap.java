package vn.unioncare.hardship;

import org.springframework.stereotype.Component;
import vn.unioncare.common.VndFormat;
import vn.unioncare.forms.FieldError;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.SubmissionCheck;

import java.util.Map;

import static vn.unioncare.common.Values.asLong;

/** An approver grants at most the cap that the approval table gave this case at their level. */
@Component
class ApprovedAmountWithinCap implements SubmissionCheck {

    static final String FORM = "hardship-approval";

    @Override
    public boolean appliesTo(FormSchema form) {
        return FORM.equals(form.id());
    }

    @Override
    public Map<String, FieldError> check(Map<String, Object> values, Map<String, Object> context) {
        Long approved = asLong(values.get("approvedAmount"));
        Long cap = asLong(context.get("approvalCap"));
        if (approved != null && cap != null && approved > cap) {
            return Map.of("approvedAmount", FieldError.of("hardship.error.aboveCap", VndFormat.digits(cap)));
        }
        return Map.of();
    }
}
