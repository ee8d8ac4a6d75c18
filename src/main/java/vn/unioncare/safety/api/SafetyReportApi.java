package vn.unioncare.safety.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.unioncare.safety.AnonymousReceipt;
import vn.unioncare.safety.AnonymousReports;
import vn.unioncare.safety.ConversationEntry;
import vn.unioncare.safety.PhotoUpload;
import vn.unioncare.safety.PublicAction;
import vn.unioncare.safety.PublicRateLimiter;
import vn.unioncare.safety.RateDecision;
import vn.unioncare.safety.ReportStatus;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The anonymous safety channel for clients without an account: submit a report and get its tracking code, follow it
 * and answer the officers' questions with the code. No authentication, rate-limited per client; the client's address
 * is read only to count its requests in memory and is never stored or logged.
 */
@RestController
@RequestMapping("/api/v1/safety-reports")
@Tag(name = "Safety reports (public)", description = "Anonymous workplace safety reports: no account needed")
class SafetyReportApi {

    private final AnonymousReports reports;
    private final PublicRateLimiter limiter;
    private final ObjectMapper json;

    SafetyReportApi(AnonymousReports reports, PublicRateLimiter limiter, ObjectMapper json) {
        this.reports = reports;
        this.limiter = limiter;
        this.json = json;
    }

    /** The tracking code is shown here once; UnionCare cannot show it again. */
    record Receipt(String caseNumber, String trackingCode) {
    }

    record Answer(String text) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report anonymously: the fields of the safety-report form as JSON",
            responses = {@ApiResponse(responseCode = "201", description = "accepted: the tracking code, shown once"),
                    @ApiResponse(responseCode = "422", description = "field errors, nothing saved"),
                    @ApiResponse(responseCode = "429", description = "too many reports from this client")})
    ResponseEntity<Receipt> report(@RequestBody Map<String, Object> report, HttpServletRequest request) {
        limit(PublicAction.SUBMIT, request);
        return created(reports.submit(report, List.of()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report anonymously with photos: part 'report' (JSON fields), parts 'photos' (JPEG or PNG)",
            responses = {@ApiResponse(responseCode = "201", description = "accepted: the tracking code, shown once"),
                    @ApiResponse(responseCode = "413", description = "a photo larger than the limit"),
                    @ApiResponse(responseCode = "415", description = "a file that is not a JPEG or PNG photo"),
                    @ApiResponse(responseCode = "422", description = "field errors, nothing saved")})
    ResponseEntity<Receipt> reportWithPhotos(@RequestPart("report") String report,
                                             @RequestPart(name = "photos", required = false) List<MultipartFile> photos,
                                             HttpServletRequest request) throws IOException {
        limit(PublicAction.SUBMIT, request);
        // the JSON literal null is well-formed: it is an empty report, refused field by field like one
        Map<String, Object> fields = Objects.requireNonNullElse(json.readValue(report, new TypeReference<>() { }),
                Map.of());
        List<PhotoUpload> uploads = photos == null ? List.of()
                : photos.stream().filter(p -> !p.isEmpty()).map(p -> (PhotoUpload) p::getInputStream).toList();
        return created(reports.submit(fields, uploads));
    }

    @GetMapping("/{code}")
    @Operation(summary = "The status of a report and the officers' questions, by tracking code",
            responses = {@ApiResponse(responseCode = "200", description = "the status"),
                    @ApiResponse(responseCode = "404", description = "no report with this code")})
    ReportStatus status(@PathVariable String code, HttpServletRequest request) {
        limit(PublicAction.TRACK, request);
        return reports.status(code);
    }

    @PostMapping(path = "/{code}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer the officers (or add to the report), by tracking code",
            responses = {@ApiResponse(responseCode = "201", description = "the answer as stored"),
                    @ApiResponse(responseCode = "404", description = "no report with this code"),
                    @ApiResponse(responseCode = "409", description = "the case is closed")})
    ResponseEntity<ConversationEntry> answer(@PathVariable String code, @RequestBody Answer answer,
                                             HttpServletRequest request) {
        limit(PublicAction.TRACK, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.answer(code, answer.text()));
    }

    private void limit(PublicAction action, HttpServletRequest request) {
        RateDecision decision = limiter.attempt(action, request.getRemoteAddr());
        if (!decision.allowed()) {
            throw new RateLimitedException(decision);
        }
    }

    private static ResponseEntity<Receipt> created(AnonymousReceipt receipt) {
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new Receipt(receipt.caseNumber(), receipt.trackingCode()));
    }
}
