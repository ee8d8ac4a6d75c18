package vn.unioncare.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import vn.unioncare.common.RefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A form-js file picker: every file is sent to the server at once and kept there as a staged file, checked by
 * content against the field's {@code accept}; the list shows the staged files, each with a remove button, and the
 * server's reason for every file it refused. The field's value is the list of the staged files' references.
 * The upload component's own filter (types, size, count) only spares the user a pointless transfer.
 */
final class FileField extends Div implements HasValidation {

    private final transient StagedFiles stagedFiles;
    private final FileAccept accept;
    private final int maxFiles;
    private final Upload upload = new Upload();
    private final Div files = new Div();
    private final Span fieldError = new Span();
    private final List<StagedFile> staged = new ArrayList<>();
    private boolean readOnly;

    FileField(String id, String label, String description, boolean required, FileAccept accept, boolean multiple,
              StagedFiles stagedFiles) {
        this.stagedFiles = stagedFiles;
        this.accept = accept;
        this.maxFiles = multiple ? FormValidator.MAX_FILES : 1;
        setId(id);
        addClassName("uc-form-files");
        Span caption = new Span(label == null ? "" : label + (required ? " *" : ""));
        caption.addClassName("uc-form-files-label");
        upload.setId(id.replaceFirst("^field-", "upload-"));
        upload.setWidthFull();
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, stagedFiles.maxSize()));
        if (!accept.acceptsAnyType()) {
            upload.setAcceptedFileTypes(accept.specifiers().toArray(String[]::new));
        }
        upload.setI18n(UploadTexts.of(this, stagedFiles.maxSize()));
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getFileName(), rejected.getErrorMessage()));
        files.setId(id.replaceFirst("^field-", "files-"));
        fieldError.getElement().setAttribute("role", "alert");
        fieldError.addClassName("uc-form-files-error");
        fieldError.getStyle().set("color", "var(--lumo-error-text-color)");
        fieldError.setVisible(false);
        add(caption);
        if (description != null && !description.isBlank()) {
            Span helper = new Span(description);
            helper.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            add(helper);
        }
        add(upload, files, fieldError);
    }

    /** The references of the files staged through this field, in upload order. */
    List<String> references() {
        return staged.stream().map(StagedFile::reference).toList();
    }

    void setReadOnly(boolean readOnly) {
        if (this.readOnly != readOnly) {
            this.readOnly = readOnly;
            upload.setVisible(!readOnly);
            showFiles();
        }
    }

    /** Runs in the upload's request, outside the UI lock: the outcome is shown through {@link UI#access}. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String filename = event.getFileName();
        try (InputStream content = event.getInputStream()) {
            StagedFile file = stagedFiles.stage(filename, content, accept);
            ui.access(() -> added(file));
        } catch (RefusedException refused) {
            ui.access(() -> showProblem(filename,
                    getTranslation(refused.messageKey(), refused.arguments().toArray())));
        }
    }

    private void added(StagedFile file) {
        upload.clearFileList();
        if (readOnly || staged.size() >= maxFiles) {
            stagedFiles.discard(file.reference());
            showProblem(file.filename(), getTranslation("forms.error.tooManyFiles", maxFiles));
            return;
        }
        staged.add(file);
        setInvalid(false);
        showFiles();
    }

    private void remove(StagedFile file) {
        staged.remove(file);
        stagedFiles.discard(file.reference());
        showFiles();
    }

    private void showFiles() {
        files.removeAll();
        for (StagedFile file : staged) {
            Div row = new Div(new Span(file.filename()));
            row.addClassName("uc-form-file");
            if (!readOnly) {
                Button remove = new Button(getTranslation("forms.files.remove"), click -> remove(file));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("forms.files.removeNamed", file.filename()));
                row.add(remove);
            }
            files.add(row);
        }
    }

    private void showProblem(String filename, String message) {
        upload.clearFileList();
        Span problem = new Span(getTranslation("forms.files.refused", filename, message));
        problem.addClassName("uc-form-file-refused");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("display", "block").set("color", "var(--lumo-error-text-color)");
        files.add(problem);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        fieldError.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return fieldError.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        fieldError.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return fieldError.isVisible();
    }
}
