package vn.unioncare.organisation;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.unioncare.forms.FieldLookup;
import vn.unioncare.forms.FormComponent;

import java.util.List;
import java.util.Optional;

/**
 * Form fields with {@code lookup = union}: anyone, signed in or not, types part of a grassroots union's name
 * (diacritics ignored) or its code and picks it; the value is the union's code. Union names are public, and a
 * worker reporting a hazard at a workplace needs to name its union without belonging to it.
 */
@Component
class UnionLookup implements FieldLookup {

    private final OrganisationService organisation;

    UnionLookup(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public String name() {
        return "union";
    }

    @Override
    public List<FormComponent.Option> find(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 50));
        return organisation.searchAtLevel(OrgLevel.GRASSROOTS, text, PageRequest.of(offset / size, size)).stream()
                .map(UnionLookup::option).toList();
    }

    @Override
    public Optional<FormComponent.Option> choice(String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return Optional.empty();
        }
        return organisation.findByCode(value.strip()).filter(u -> u.level() == OrgLevel.GRASSROOTS)
                .map(UnionLookup::option);
    }

    private static FormComponent.Option option(OrgUnitView unit) {
        return new FormComponent.Option(unit.nameVi(), unit.code());
    }
}
