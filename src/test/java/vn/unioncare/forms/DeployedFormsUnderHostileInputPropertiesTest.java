package vn.unioncare.forms;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.unioncare.HostileValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, item 7: the server-side validation of every deployed {@code .form} (the ones under {@code forms/} that the
 * engine deploys) under random and hostile submissions, keyed by the form's own field names and by names it does not
 * have. Each submission is either accepted with only the form's fields, each within the hard length limit, or refused
 * field by field with a message key and nothing kept.
 */
class DeployedFormsUnderHostileInputPropertiesTest {

    private static final List<String> FOREIGN_KEYS = List.of("__proto__", "constructor", "", "isAdmin", "memberId",
            "unionCode", "../../etc/passwd", "' or 1=1 --", "<script>alert(1)</script>");
    private static final List<FormSchema> FORMS = deployedForms();
    private static final Map<String, Object> CONTEXT = Map.of("caseNumber", "HT-2026-000042");

    private final FormValidator validator = new FormValidator(new FormExpressions());

    @Property(tries = 200)
    void everyDeployedFormAcceptsOnlyItsOwnFieldsWithinLimitsOrRefusesFieldByField(
            @ForAll("submissions") Submission submission) {
        FormValidation result = validator.validate(submission.form(), submission.values(), CONTEXT);

        if (result.isValid()) {
            List<String> fieldNames = fieldNames(submission.form());
            assertThat(fieldNames).containsAll(result.values().keySet());
            result.values().values().stream().filter(String.class::isInstance).map(String.class::cast)
                    .forEach(text -> assertThat(text.length()).isLessThanOrEqualTo(FormValidator.HARD_MAX_LENGTH));
        } else {
            assertThat(result.values()).isEmpty();
            assertThat(result.errors()).allSatisfy((field, error) ->
                    assertThat(error.messageKey()).startsWith("forms.error."));
        }
    }

    @Property(tries = 50)
    void aFieldOfAnyDeployedFormRefusesAnOversizedText(@ForAll("forms") FormSchema form) {
        Map<String, Object> submission = new HashMap<>();
        fieldNames(form).forEach(name -> submission.put(name, "x".repeat(FormValidator.HARD_MAX_LENGTH + 1)));

        FormValidation result = validator.validate(form, submission, CONTEXT);

        assertThat(result.isValid()).as(form.id()).isFalse();
        assertThat(result.values()).isEmpty();
    }

    record Submission(FormSchema form, Map<String, Object> values) {
        @Override
        public String toString() {
            String shown = values.toString();
            return form.id() + " " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
        }
    }

    @Provide
    Arbitrary<FormSchema> forms() {
        return Arbitraries.of(FORMS);
    }

    @Provide
    Arbitrary<Submission> submissions() {
        return forms().flatMap(form -> {
            List<String> keys = new ArrayList<>(fieldNames(form));
            keys.addAll(FOREIGN_KEYS);
            Arbitrary<Map<String, Object>> values = Arbitraries.maps(Arbitraries.of(keys), HostileValues.any())
                    .ofMaxSize(Math.min(keys.size(), 14)).map(HashMap::new);
            return Combinators.combine(Arbitraries.just(form), values).as(Submission::new);
        });
    }

    static List<String> fieldNames(FormSchema form) {
        return form.allComponents().stream().map(FormSchemaReader::dataName).filter(Objects::nonNull).distinct().toList();
    }

    private static List<FormSchema> deployedForms() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form");
            List<FormSchema> forms = Arrays.stream(files).filter(f -> !isTestForm(f)).map(f -> {
                try {
                    return FormSchemaReader.read(f.getContentAsByteArray(), f.getFilename());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            assertThat(forms).as("deployed forms found").hasSizeGreaterThanOrEqualTo(29);
            return forms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTestForm(Resource file) {
        try {
            return file.getURL().getPath().contains("/test-classes/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
