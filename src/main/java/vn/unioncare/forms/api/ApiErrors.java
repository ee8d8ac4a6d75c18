package vn.unioncare.forms.api;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import vn.unioncare.common.RefusedException;
import vn.unioncare.common.TransientDatabaseFailure;
import vn.unioncare.forms.FieldError;
import vn.unioncare.forms.FormMessages;
import vn.unioncare.forms.FormSchemaException;
import vn.unioncare.forms.FormValidationException;

import java.util.Locale;
import java.util.Map;

/**
 * How the JSON API answers what it refuses: 422 with {@code {field: message}} for invalid submissions, in the
 * caller's language ({@code Accept-Language}, Vietnamese by default). Bad input never becomes a 500.
 */
@RestControllerAdvice(basePackages = "vn.unioncare")
class ApiErrors {

    /** The key under which errors about the request as a whole are reported. */
    static final String BODY = "_body";

    private final FormMessages messages;

    ApiErrors(FormMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FormValidationException.class)
    ResponseEntity<Map<String, String>> invalid(FormValidationException e, Locale locale) {
        return ResponseEntity.unprocessableEntity().body(messages.messages(e.errors(), locale));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> unreadable(Exception e, Locale locale) {
        return ResponseEntity.unprocessableEntity()
                .body(Map.of(BODY, messages.message(FieldError.of("forms.error.invalidBody"), locale)));
    }

    /**
     * {@code Content-Type: *}{@code /*} (or {@code application/*}) makes Spring MVC throw an IllegalArgumentException
     * while reading the body: a client's mistake, answered 415. Any other IllegalArgumentException is a defect and stays
     * a 500 (rethrown, so no other handler swallows it).
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> wildcardContentType(IllegalArgumentException e, HttpServletRequest request,
                                                            Locale locale) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.contains("*")) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(Map.of(BODY, messages.message(FieldError.of("forms.error.invalidBody"), locale)));
    }

    @ExceptionHandler(FormSchemaException.class)
    ResponseEntity<Map<String, String>> unusableForm(FormSchemaException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of(BODY, messages.message(e, locale)));
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Map<String, String>> refused(RefusedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.valueOf(e.status()))
                .body(Map.of(BODY, messages.message(FieldError.of(e.messageKey(), e.arguments().toArray()), locale)));
    }

    /**
     * The database connection broke under the request (terminated, failed over, none free in time): nothing of it was
     * committed, so the client may repeat it (with the same {@code Idempotency-Key} for a case start). Any other
     * database or engine failure is a defect and stays a 500.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class,
            PersistenceException.class})
    ResponseEntity<Map<String, String>> databaseUnavailable(RuntimeException e, Locale locale) {
        if (!TransientDatabaseFailure.isTransient(e)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .body(Map.of(BODY, messages.message(FieldError.of("common.error.databaseUnavailable"), locale)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(AccessDeniedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Map.of(BODY, messages.message(FieldError.of("error.notFoundOrNoAccess"), locale)));
    }
}
