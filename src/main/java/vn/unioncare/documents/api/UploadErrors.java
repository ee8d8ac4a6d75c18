package vn.unioncare.documents.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.unioncare.documents.DocumentRefusedException;
import vn.unioncare.documents.DocumentStore;
import vn.unioncare.forms.FieldError;
import vn.unioncare.forms.FormMessages;

import java.util.Locale;
import java.util.Map;

/**
 * An upload the servlet container stopped reading at the size limit, before any service saw it: answered like the
 * document store's own refusal, with the limit in the message.
 */
@RestControllerAdvice(basePackages = "vn.unioncare")
class UploadErrors {

    private final DocumentStore documents;
    private final FormMessages messages;

    UploadErrors(DocumentStore documents, FormMessages messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        DocumentRefusedException refused = DocumentRefusedException.tooLarge(documents.maxUploadSize());
        return ResponseEntity.status(refused.status()).body(Map.of("_body",
                messages.message(FieldError.of(refused.messageKey(), refused.arguments().toArray()), locale)));
    }

    /**
     * A multipart body that could not be read: over a size limit when the container says so (a part read for a
     * {@code @RequestPart} argument reports it this way, not as {@link MaxUploadSizeExceededException}), else
     * malformed.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> unreadable(MultipartException e, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException) {
                return tooLarge(null, locale);
            }
        }
        return ResponseEntity.badRequest().body(Map.of("_body",
                messages.message(FieldError.of("forms.error.invalidBody"), locale)));
    }
}
