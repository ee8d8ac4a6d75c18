package vn.unioncare.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The texts of Vaadin's upload component in the user's language, shared by every upload in UnionCare. */
public final class UploadTexts {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private UploadTexts() {
    }

    /** Translated through {@code translator}'s {@code getTranslation}; {@code maxBytes} for the too-large message. */
    public static UploadI18N of(Component translator, long maxBytes) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(translator.getTranslation("documents.upload.connecting"))
                        .setStalled(translator.getTranslation("documents.upload.stalled"))
                        .setProcessing(translator.getTranslation("documents.upload.processing"))
                        .setHeld(translator.getTranslation("documents.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(translator.getTranslation("documents.upload.remaining"))
                        .setUnknown(translator.getTranslation("documents.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(translator.getTranslation("documents.upload.serverUnavailable"))
                        .setUnexpectedServerError(translator.getTranslation("documents.upload.serverError"))
                        .setForbidden(translator.getTranslation("documents.upload.forbidden")));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(translator.getTranslation("documents.upload.addOne"))
                        .setMany(translator.getTranslation("documents.upload.addMany")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(translator.getTranslation("documents.upload.dropOne"))
                        .setMany(translator.getTranslation("documents.upload.dropMany")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(translator.getTranslation("documents.error.tooLarge", maxBytes / MEGABYTE))
                        .setIncorrectFileType(translator.getTranslation("documents.error.typeNotAllowed"))
                        .setTooManyFiles(translator.getTranslation("forms.error.tooManyFiles", 1)))
                .setUploading(uploading)
                .setFile(new UploadI18N.File().setRetry(translator.getTranslation("documents.upload.retry"))
                        .setStart(translator.getTranslation("documents.upload.start"))
                        .setRemove(translator.getTranslation("documents.upload.remove")));
    }
}
