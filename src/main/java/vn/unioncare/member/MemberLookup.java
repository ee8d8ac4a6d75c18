package vn.unioncare.member;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.unioncare.forms.FieldLookup;
import vn.unioncare.forms.FormComponent;

import java.util.List;
import java.util.Optional;

/**
 * Form fields with {@code lookup = member}: an officer types a name (diacritics ignored), a card number or a phone
 * number and picks one of the members of their own unions; the value is the member's id.
 */
@Component
class MemberLookup implements FieldLookup {

    private final MemberService members;

    MemberLookup(MemberService members) {
        this.members = members;
    }

    @Override
    public String name() {
        return "member";
    }

    @Override
    public List<FormComponent.Option> find(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 50));
        return members.search(MemberSearch.byText(text), PageRequest.of(offset / size, size)).stream()
                .map(m -> option(m.id(), m.fullName(), m.cardNumber())).toList();
    }

    @Override
    public Optional<FormComponent.Option> choice(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return members.findRecord(Long.parseLong(value)).map(m -> option(m.id(), m.fullName(), m.cardNumber()));
    }

    private static FormComponent.Option option(long id, String name, String card) {
        return new FormComponent.Option(name + " · " + card, Long.toString(id));
    }
}
