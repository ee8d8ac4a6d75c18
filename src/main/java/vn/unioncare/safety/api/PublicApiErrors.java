package vn.unioncare.safety.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;
import java.util.Map;

/**
 * The public API's own refusals: 429 with the seconds to wait, in the header and in words; 422 for a report part that
 * is not JSON.
 */
@RestControllerAdvice(assignableTypes = SafetyReportApi.class)
class PublicApiErrors {

    private final MessageSource messages;

    PublicApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(JsonProcessingException.class)
    ResponseEntity<Map<String, String>> notJson(JsonProcessingException e, Locale locale) {
        return ResponseEntity.unprocessableEntity()
                .body(Map.of("_body", messages.getMessage("forms.error.invalidBody", null, locale)));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Map<String, String>> tooMany(RateLimitedException e, Locale locale) {
        long seconds = e.decision().retryAfterSeconds();
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(Map.of("_body", messages.getMessage("safety.rateLimited", new Object[] {seconds}, locale)));
    }
}
