package vn.unioncare.safety.api;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;
import java.util.Map;

/** 429 with the seconds to wait, in the header and in words. */
@RestControllerAdvice(assignableTypes = SafetyReportApi.class)
class RateLimitErrors {

    private final MessageSource messages;

    RateLimitErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Map<String, String>> tooMany(RateLimitedException e, Locale locale) {
        long seconds = e.decision().retryAfterSeconds();
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(Map.of("_body", messages.getMessage("safety.rateLimited", new Object[] {seconds}, locale)));
    }
}
