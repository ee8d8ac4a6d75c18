package vn.unioncare.safety;

import org.springframework.stereotype.Component;
import vn.unioncare.forms.FieldError;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.SubmissionCheck;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrganisationService;

import java.util.Map;

/** The union named in a safety report is a grassroots union that exists, so the report reaches somebody. */
@Component
class WorkplaceUnionExists implements SubmissionCheck {

    static final String FIELD = "workplaceUnion";

    private final OrganisationService organisation;

    WorkplaceUnionExists(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public boolean appliesTo(FormSchema form) {
        return IncidentInThePast.FORM.equals(form.id());
    }

    @Override
    public Map<String, FieldError> check(Map<String, Object> values, Map<String, Object> context) {
        Object code = values.get(FIELD);
        if (code == null) {
            return Map.of();
        }
        boolean known = organisation.findByCode(code.toString().strip()).filter(u -> u.level() == OrgLevel.GRASSROOTS)
                .isPresent();
        return known ? Map.of() : Map.of(FIELD, FieldError.of("safety.error.unknownUnion", code));
    }
}
