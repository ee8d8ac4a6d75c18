package vn.unioncare.forms;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
        return Arbitraries.maps(Arbitraries.of(KEYS), hostileValues()).ofMaxSize(12).map(HashMap::new);
    }

    /** Random and hostile JSON values: strings of every kind, numbers at the edges, nested lists and objects. */
    public static Arbitrary<Object> hostileValues() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60).map(s -> (Object) s),
                Arbitraries.strings().all().ofMinLength(19_990).ofMaxLength(20_010).map(s -> (Object) s),
                Arbitraries.of("<script>alert(1)</script>", "' or 1=1 --", "\u0000\u001b[2J", "=1/0", "${7*7}",
                        "0912 345 678", "2026-02-30", "25:61", "NaN", "SICKNESS", "transfer").map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0d).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return Arbitraries.recursive(() -> scalars,
                inner -> Arbitraries.oneOf(inner.list().ofMaxSize(4).map(l -> (Object) l),
                        Arbitraries.maps(Arbitraries.of("name", "account", "age", "x"), inner).ofMaxSize(3)
                                .map(m -> (Object) m)),
                0, 4);
    }
}
