package vn.unioncare.member;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.forms.FieldLookup;
import vn.unioncare.forms.FormComponent;
import vn.unioncare.security.UserAccountService;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer filling a form for a member finds them by name without diacritics, among their own unions' members only. */
@UnionCareSpringTest
class MemberLookupTest {

    @Autowired
    List<FieldLookup> lookups;
    @Autowired
    UserAccountService accounts;

    private FieldLookup members() {
        return lookups.stream().filter(l -> l.name().equals("member")).findFirst().orElseThrow();
    }

    @Test
    void schoolChairFindsTheSchoolsMemberByNameWithoutDiacriticsAndGetsTheirIdAsTheValue() {
        List<FormComponent.Option> found = as("school.chair", () -> members().find("nguyen van an", 0, 50));

        assertThat(found).extracting(FormComponent.Option::label).contains("Nguyễn Văn An · GV-000001");
        FormComponent.Option an = found.stream().filter(o -> o.label().endsWith("GV-000001")).findFirst().orElseThrow();
        assertThat(as("school.chair", () -> members().choice(an.value()))).contains(an);
    }

    @Test
    void officerOfAnotherUnionNeitherFindsNorResolvesThatMember() {
        String an = as("school.chair", () -> members().find("GV-000001", 0, 50)).get(0).value();

        assertThat(as("hospital.chair", () -> members().find("nguyen van an", 0, 50)))
                .extracting(FormComponent.Option::label).noneMatch(label -> label.endsWith("GV-000001"));
        assertThat(as("hospital.chair", () -> members().choice(an))).isEmpty();
        assertThat(as("hospital.chair", () -> members().choice("not-a-number"))).isEmpty();
    }

    private <T> T as(String account, Supplier<T> action) {
        try (SignedIn ignored = SignedIn.as(accounts, account)) {
            return action.get();
        }
    }
}
