package vn.unioncare.forms;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file picker takes references to files the signed-in user staged, of the accepted types, as many as the field
 * takes. The staging area here is a map of the signed-in user's files, as the documents feature answers it.
 */
class FilePickerValidationTest {

    private static final StagedFile PDF = new StagedFile("pdf-reference-0000000000000000000", 11, "Giấy ra viện.pdf",
            "application/pdf", 1000);
    private static final StagedFile PHOTO = new StagedFile("png-reference-0000000000000000000", 12, "ảnh.png",
            "image/png", 2000);
    private static final StagedFile WORD = new StagedFile("docx-reference-000000000000000000", 13, "đơn.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 3000);

    private final Map<String, StagedFile> mine = new HashMap<>(Map.of(PDF.reference(), PDF, PHOTO.reference(), PHOTO,
            WORD.reference(), WORD));
    private final FormValidator validator = new FormValidator(new FormExpressions(), new StagedFiles() {
        @Override
        public StagedFile stage(String filename, InputStream content, FileAccept accept) {
            throw new UnsupportedOperationException("validation never stages");
        }

        @Override
        public Optional<StagedFile> find(String reference) {
            return Optional.ofNullable(mine.get(reference));
        }

        @Override
        public void discard(String reference) {
            mine.remove(reference);
        }

        @Override
        public long maxSize() {
            return 1024;
        }
    });

    private static FormSchema form(String filepicker) {
        return FormSchemaReader.read(("{\"id\": \"files\", \"components\": [" + filepicker + "]}")
                .getBytes(StandardCharsets.UTF_8), "files.form");
    }

    private static final FormSchema SEVERAL = form("""
            {"type": "filepicker", "key": "attachments", "label": "Giấy tờ", "accept": ".pdf,.jpg,.jpeg,.png",
             "multiple": true, "validate": {"required": true}}""");
    private static final FormSchema ONE = form("""
            {"type": "filepicker", "key": "scan", "label": "Bản chụp", "accept": "application/pdf,image/*"}""");

    private FieldError errorFor(FormSchema schema, String key, Object value) {
        FormValidation result = validator.validate(schema, Map.of(key, value), Map.of());
        assertThat(result.isValid()).as("%s should be refused", value).isFalse();
        assertThat(result.stagedFiles()).isEmpty();
        return result.errors().get(key);
    }

    @Test
    void stagedFilesOfAcceptedTypesPassAsDocumentIdsAndAreListedForAdoption() {
        FormValidation result = validator.validate(SEVERAL,
                Map.of("attachments", List.of(PDF.reference(), PHOTO.reference())), Map.of());

        assertThat(result.isValid()).isTrue();
        assertThat(result.values()).containsEntry("attachments", List.of(11L, 12L));
        assertThat(result.stagedReferences()).containsExactly(PDF.reference(), PHOTO.reference());
    }

    @Test
    void aReferenceThatIsNotOneOfTheUsersStagedFilesIsRefused() {
        // another user's reference is as absent from the user's staging area as an invented one
        assertThat(errorFor(SEVERAL, "attachments", List.of("someone-elses-reference-000000000")))
                .isEqualTo(FieldError.of("forms.error.unknownFile"));
        assertThat(errorFor(SEVERAL, "attachments", List.of(PDF.reference(), "../../etc/passwd")))
                .isEqualTo(FieldError.of("forms.error.unknownFile"));
    }

    @Test
    void aStagedFileOfATypeTheFieldDoesNotAcceptIsRefusedNamingTheFileAndTheTypes() {
        assertThat(errorFor(SEVERAL, "attachments", List.of(PDF.reference(), WORD.reference())))
                .isEqualTo(FieldError.of("forms.error.fileNotAccepted", "đơn.docx", ".pdf, .jpg, .jpeg, .png"));
        assertThat(errorFor(ONE, "scan", List.of(WORD.reference())))
                .isEqualTo(FieldError.of("forms.error.fileNotAccepted", "đơn.docx", "application/pdf, image/*"));
    }

    @Test
    void moreThanOneFileIsRefusedWhenTheFieldDoesNotTakeSeveral() {
        assertThat(errorFor(ONE, "scan", List.of(PDF.reference(), PHOTO.reference())))
                .isEqualTo(FieldError.of("forms.error.tooManyFiles", 1));
        assertThat(validator.validate(ONE, Map.of("scan", PHOTO.reference()), Map.of()).values())
                .containsEntry("scan", List.of(12L));
    }

    @Test
    void noFieldTakesMoreThanTenFilesNorTheSameFileTwice() {
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> PDF.reference() + i).toList();
        assertThat(errorFor(SEVERAL, "attachments", eleven)).isEqualTo(FieldError.of("forms.error.tooManyFiles", 10));
        assertThat(errorFor(SEVERAL, "attachments", List.of(PDF.reference(), PDF.reference())))
                .isEqualTo(FieldError.of("forms.error.notFileList"));
    }

    @Test
    void aRequiredFilePickerWithoutFilesIsRefused() {
        assertThat(errorFor(SEVERAL, "attachments", List.of())).isEqualTo(FieldError.of("forms.error.required"));
        assertThat(validator.validate(SEVERAL, Map.of(), Map.of()).errors())
                .containsEntry("attachments", FieldError.of("forms.error.required"));
        assertThat(validator.validate(ONE, Map.of(), Map.of()).isValid()).isTrue();
    }

    @Test
    void somethingOtherThanReferencesIsRefused() {
        assertThat(errorFor(SEVERAL, "attachments", List.of(42))).isEqualTo(FieldError.of("forms.error.notFileList"));
        assertThat(errorFor(SEVERAL, "attachments", Map.of("content", "JVBERi0="))
        ).isEqualTo(FieldError.of("forms.error.notFileList"));
    }

    @Test
    void multipleMayBeAnExpressionOverTheFormData() {
        FormSchema schema = FormSchemaReader.read("""
                {"id": "files", "components": [
                  {"type": "checkbox", "key": "several", "label": "Nhiều tệp"},
                  {"type": "filepicker", "key": "scan", "multiple": "=several"}]}
                """.getBytes(StandardCharsets.UTF_8), "files.form");
        Map<String, Object> two = Map.of("several", true, "scan", List.of(PDF.reference(), PHOTO.reference()));

        assertThat(validator.validate(schema, two, Map.of()).isValid()).isTrue();
        Map<String, Object> notSeveral = new HashMap<>(two);
        notSeveral.put("several", false);
        assertThat(validator.validate(schema, notSeveral, Map.of()).errors())
                .containsEntry("scan", FieldError.of("forms.error.tooManyFiles", 1));
    }

    @Test
    void aReadonlyFilePickerKeepsTheProcessDocumentsAndTakesNothing() {
        FormSchema schema = form("""
                {"type": "filepicker", "key": "attachments", "readonly": true}""");
        FormValidation result = validator.validate(schema, Map.of(), Map.of("attachments", List.of(11L)));

        assertThat(result.isValid()).isTrue();
        assertThat(result.values()).doesNotContainKey("attachments");
    }

    @Test
    void acceptMatchesExtensionsMediaTypesAndTypeFamiliesCaseInsensitively() {
        FileAccept accept = FileAccept.of(" .PDF , image/* ,application/vnd.oasis.opendocument.text");

        assertThat(accept.accepts("Giấy.pdf", "application/pdf")).isTrue();
        assertThat(accept.accepts("ảnh.heic", "image/heic")).isTrue();
        assertThat(accept.accepts("đơn.odt", "application/vnd.oasis.opendocument.text")).isTrue();
        assertThat(accept.accepts("đơn.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isFalse();
        assertThat(accept.accepts("pdf", "text/plain")).isFalse();
        assertThat(FileAccept.of(null).accepts("anything.xlsx", "application/zip")).isTrue();
        assertThat(accept).hasToString(".pdf, image/*, application/vnd.oasis.opendocument.text");
    }

    @Test
    void aComputedAcceptIsRefusedWhenTheFormIsRead() {
        assertThatThrownBy(() -> form("""
                {"type": "filepicker", "key": "scan", "accept": "=allowedTypes"}"""))
                .isInstanceOfSatisfying(FormSchemaException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("forms.error.acceptExpression"));
        assertThatThrownBy(() -> form("""
                {"type": "filepicker", "key": "scan", "accept": ".pdf,{{extra}}"}"""))
                .isInstanceOf(FormSchemaException.class);
    }

    @Test
    void aFilePickerNeedsAKey() {
        assertThatThrownBy(() -> form("""
                {"type": "filepicker", "label": "Giấy tờ"}"""))
                .isInstanceOfSatisfying(FormSchemaException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("forms.error.missingKey"));
    }
}
