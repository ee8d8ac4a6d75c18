package vn.unioncare.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.unioncare.common.ClientRateLimit;
import vn.unioncare.training.Certificates;
import vn.unioncare.training.VerificationCodes;
import vn.unioncare.training.VerificationRateLimit;
import vn.unioncare.training.VerifiedCertificate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The public check of a certificate by its verification code, for clients without an account (an employer's system):
 * what the page {@code /verify/<code>} shows, as JSON. Rate-limited per client together with the page.
 */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Certificates (public)", description = "Verify a training certificate by its code: no account needed")
class CertificateApi {

    private final Certificates certificates;
    private final VerificationRateLimit limit;
    private final MessageSource messages;

    CertificateApi(Certificates certificates, VerificationRateLimit limit, MessageSource messages) {
        this.certificates = certificates;
        this.limit = limit;
        this.messages = messages;
    }

    /** A certificate as the API shows it: {@code status} VALID or REVOKED, {@code revokedOn} only when revoked. */
    record CertificateJson(String verificationCode, String status, String holderName, String courseTitle, int hours,
                           LocalDate completedOn, String issuingUnion, LocalDate issuedOn, LocalDate revokedOn) {

        static CertificateJson of(VerifiedCertificate c) {
            return new CertificateJson(VerificationCodes.display(c.verificationCode()),
                    c.revoked() ? "REVOKED" : "VALID", c.holderName(), c.courseTitle(), c.hours(), c.completedOn(),
                    c.issuingUnion(), c.issuedOn(), c.revokedOn());
        }
    }

    @GetMapping("/{code}")
    @Operation(summary = "What the certificate with this verification code says, and whether it was revoked",
            responses = {@ApiResponse(responseCode = "200", description = "the certificate"),
                    @ApiResponse(responseCode = "404", description = "no certificate with this code"),
                    @ApiResponse(responseCode = "429", description = "too many look-ups from this client")})
    ResponseEntity<?> verify(@PathVariable String code, HttpServletRequest request, Locale locale) {
        Duration wait = limit.attempt(request.getRemoteAddr());
        if (!wait.isZero()) {
            long seconds = ClientRateLimit.seconds(wait);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(body("training.verify.rateLimited", locale, seconds));
        }
        return certificates.verify(code)
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .body(CertificateJson.of(found)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(body("training.verify.notFound", locale)));
    }

    private Map<String, String> body(String key, Locale locale, Object... arguments) {
        return Map.of("_body", messages.getMessage(key, arguments, locale));
    }
}
