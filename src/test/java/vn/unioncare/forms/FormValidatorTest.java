package vn.unioncare.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every validation rule of the supported components, with valid and invalid values. No Spring needed. */
class FormValidatorTest {

    static final FormSchema FORM = load("forms/all-components.form");
    static final Map<String, Object> CONTEXT = Map.of("caseNumber", "HT-2026-000042",
            "supportTypes", List.of(Map.of("label", "Ốm đau", "value", "SICKNESS"), Map.of("label", "Tử tuất", "value", "DEATH")));

    private final FormValidator validator = new FormValidator(new FormExpressions());

    static FormSchema load(String resource) {
        try {
            return FormSchemaReader.read(new ClassPathResource(resource).getContentAsByteArray(), resource);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("fullName", "Nguyễn Văn An");
        values.put("amountRequested", 2_000_000);
        values.put("consent", true);
        values.put("payment", "transfer");
        return values;
    }

    private FormValidation validate(Map<String, Object> submitted) {
        return validator.validate(FORM, submitted, CONTEXT);
    }

    private Map<String, Object> with(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        return values;
    }

    private FieldError errorFor(String key, Object value) {
        FormValidation result = validate(with(key, value));
        assertThat(result.isValid()).as("%s=%s should be refused", key, value).isFalse();
        assertThat(result.values()).as("nothing passes when anything is invalid").isEmpty();
        return result.errors().get(key);
    }

    @Test
    void aCompleteSubmissionPassesWithCleanValues() {
        Map<String, Object> submitted = valid();
        submitted.putAll(Map.of("cardNumber", "GV-000001", "email", "an.nguyen@example.vn", "phone", "0912 345 678",
                "documents", List.of("discharge"), "supportType", "SICKNESS", "tags", List.of("urgent"),
                "eventDate", "2026-11-20", "callTime", "09:30",
                "bank", Map.of("name", "Vietcombank", "account", "0011004455667"),
                "dependants", List.of(Map.of("name", "Nguyễn Thị Bình", "age", 7))));
        submitted.put("address", "Số 5 ngõ 12 Nghĩa Tân, Cầu Giấy");

        FormValidation result = validate(submitted);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("fullName", "Nguyễn Văn An").containsEntry("amountRequested", 2_000_000L)
                .containsEntry("address", "Số 5 ngõ 12 Nghĩa Tân, Cầu Giấy").containsEntry("caseNumber", "HT-2026-000042")
                .containsEntry("bank", Map.of("name", "Vietcombank", "account", "0011004455667"));
        assertThat(result.values().get("dependants")).isEqualTo(List.of(Map.of("name", "Nguyễn Thị Bình", "age", 7L)));
    }

    @Test
    void requiredFieldsMustBeFilledAndARequiredCheckboxChecked() {
        assertThat(errorFor("fullName", "  ").messageKey()).isEqualTo("forms.error.required");
        assertThat(errorFor("amountRequested", null).messageKey()).isEqualTo("forms.error.required");
        assertThat(errorFor("consent", false).messageKey()).isEqualTo("forms.error.required");
        assertThat(errorFor("payment", "").messageKey()).isEqualTo("forms.error.required");
    }

    @Test
    void lengthsBoundsAndPatternsAreEnforced() {
        assertThat(errorFor("fullName", "A")).isEqualTo(FieldError.of("forms.error.minLength", 2));
        assertThat(errorFor("fullName", "A".repeat(101))).isEqualTo(FieldError.of("forms.error.maxLength", 100));
        assertThat(errorFor("amountRequested", -1)).isEqualTo(FieldError.of("forms.error.min", "0"));
        assertThat(errorFor("amountRequested", 50_000_001)).isEqualTo(FieldError.of("forms.error.max", "50000000"));
        assertThat(errorFor("amountRequested", 1000.5).messageKey()).isEqualTo("forms.error.decimalDigits");
        assertThat(errorFor("cardNumber", "gv-1").messageKey()).isEqualTo("forms.error.pattern");
    }

    @Test
    void lengthCountsVietnameseLettersNotBytes() {
        assertThat(validate(with("fullName", "Đặng Thị Hồng Nhung".repeat(5))).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "091 234 5678", "0912.345.678", "+84912345678", "+84 912 345 678", "0387654321"})
    void vietnamesePhoneNumbersInEveryCommonWritingAreAccepted(String phone) {
        assertThat(validate(with("phone", phone)).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0212345678", "+1 202 555 0100", "09123456789", "phone"})
    void whatIsNotAVietnameseMobileNumberIsRefused(String phone) {
        assertThat(errorFor("phone", phone).messageKey()).isEqualTo("forms.error.phone");
    }

    @Test
    void emailsAreChecked() {
        assertThat(validate(with("email", "hoa.tran@congdoan.vn")).isValid()).isTrue();
        assertThat(errorFor("email", "hoa.tran@").messageKey()).isEqualTo("forms.error.email");
    }

    @Test
    void onlyTheOfferedOptionsAreAccepted() {
        assertThat(errorFor("payment", "cheque").messageKey()).isEqualTo("forms.error.notAnOption");
        assertThat(errorFor("documents", List.of("discharge", "passport")).messageKey()).isEqualTo("forms.error.notAnOption");
        assertThat(errorFor("supportType", "LOTTERY").messageKey()).isEqualTo("forms.error.notAnOption");
        assertThat(validate(with("supportType", "DEATH")).isValid()).isTrue();
    }

    @Test
    void everyValueMustHaveTheTypeOfItsField() {
        assertThat(errorFor("fullName", 42).messageKey()).isEqualTo("forms.error.notText");
        assertThat(errorFor("amountRequested", "2000000").messageKey()).isEqualTo("forms.error.notNumber");
        assertThat(errorFor("consent", "yes").messageKey()).isEqualTo("forms.error.notBoolean");
        assertThat(errorFor("documents", "discharge").messageKey()).isEqualTo("forms.error.notList");
        assertThat(errorFor("bank", "Vietcombank").messageKey()).isEqualTo("forms.error.notObject");
        assertThat(errorFor("eventDate", "20/11/2026").messageKey()).isEqualTo("forms.error.dateTime");
        assertThat(errorFor("callTime", "25:00").messageKey()).isEqualTo("forms.error.dateTime");
    }

    @Test
    void unknownKeysAreRefused() {
        FormValidation result = validate(with("isAdmin", true));
        assertThat(result.errors()).containsEntry("isAdmin", FieldError.of("forms.error.unknownField"));
    }

    @Test
    void aHiddenFieldIsNeitherRequiredNorKept() {
        FormValidation small = validate(with("bigAmountReason", "không cần"));
        assertThat(small.isValid()).isTrue();
        assertThat(small.values()).doesNotContainKey("bigAmountReason");

        Map<String, Object> big = with("amountRequested", 20_000_000);
        assertThat(validate(big).errors()).containsEntry("bigAmountReason", FieldError.of("forms.error.required"));
        big.put("bigAmountReason", "Chi phí phẫu thuật tim");
        assertThat(validate(big).values()).containsEntry("bigAmountReason", "Chi phí phẫu thuật tim");
    }

    @Test
    void readonlyFieldsKeepTheProcessValueAndDisabledFieldsAreDropped() {
        Map<String, Object> submitted = with("caseNumber", "HT-2026-999999");
        submitted.put("officerNote", "tự ghi");
        FormValidation result = validate(submitted);
        assertThat(result.values()).containsEntry("caseNumber", "HT-2026-000042").doesNotContainKey("officerNote");
    }

    @Test
    void readonlyFieldsAreNotEnteredValuesSoACompletionDoesNotWriteThemBack() {
        FormValidation result = validate(with("caseNumber", "HT-2026-999999"));
        assertThat(result.readOnlyFields()).containsExactly("caseNumber");
        assertThat(result.enteredValues()).doesNotContainKey("caseNumber")
                .containsAllEntriesOf(Map.of("fullName", result.values().get("fullName")));
    }

    @Test
    void nestedGroupsAndDynamicListsReportErrorsByPath() {
        Map<String, Object> submitted = with("bank", Map.of("account", "abc", "swift", "X"));
        submitted.put("dependants", List.of(Map.of("name", "Bình", "age", 7), Map.of("age", 130)));
        FormValidation result = validate(submitted);
        assertThat(result.errors()).containsOnlyKeys("bank.account", "bank.swift", "dependants[1].name",
                "dependants[1].age");
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksInATextareaAreFine() {
        assertThat(errorFor("fullName", "Nguyễn\u0000Văn").messageKey()).isEqualTo("forms.error.controlCharacters");
        assertThat(validate(with("circumstances", "Dòng 1\nDòng 2\tcó tab")).isValid()).isTrue();
    }
}
