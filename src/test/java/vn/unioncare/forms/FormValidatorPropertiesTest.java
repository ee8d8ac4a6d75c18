package vn.unioncare.forms;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.unioncare.HostileValues;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Random and hostile values never break the validator: every submission is either accepted or refused per field. */
class FormValidatorPropertiesTest {

    private static final List<String> KEYS = List.of("fullName", "cardNumber", "email", "phone", "circumstances",
            "amountRequested", "bigAmountReason", "consent", "documents", "payment", "supportType", "tags", "eventDate",
            "callTime", "caseNumber", "officerNote", "bank", "address", "dependants", "unknown", "__proto__", "");

    private final FormValidator validator = new FormValidator(new FormExpressions());

    @Property(tries = 200)
    void anySubmissionIsAcceptedOrRefusedFieldByField(@ForAll("submissions") Map<String, Object> submission) {
        FormValidation result = validator.validate(FormValidatorTest.FORM, submission, FormValidatorTest.CONTEXT);
        if (result.isValid()) {
            assertThat(result.values()).doesNotContainKeys("unknown", "officerNote", "__proto__");
        } else {
            assertThat(result.values()).isEmpty();
            assertThat(result.errors().values()).allSatisfy(e -> assertThat(e.messageKey()).startsWith("forms.error."));
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> submissions() {
        return Arbitraries.maps(Arbitraries.of(KEYS), HostileValues.any()).ofMaxSize(12).map(HashMap::new);
    }
}
