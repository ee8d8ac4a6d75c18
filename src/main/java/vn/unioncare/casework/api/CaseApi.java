package vn.unioncare.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.IdempotentCaseStart;
import vn.unioncare.casework.StartedCase;

import java.net.URI;
import java.util.Map;

/** Starting cases from other clients: the same validation and the same case file as the portal. */
@RestController
@RequestMapping("/api/v1/processes")
@Tag(name = "Cases", description = "Start a case by submitting a process's start form")
class CaseApi {

    private final CaseStarter starter;
    private final IdempotentCaseStart keyedStart;

    CaseApi(CaseStarter starter, IdempotentCaseStart keyedStart) {
        this.starter = starter;
        this.keyedStart = keyedStart;
    }

    @PostMapping("/{processKey}/start")
    @Operation(summary = "Validate the start form and start the process",
            responses = {@ApiResponse(responseCode = "201", description = "started: case number and process instance"),
                    @ApiResponse(responseCode = "200", description = "repeated Idempotency-Key: the case it opened"),
                    @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still running"),
                    @ApiResponse(responseCode = "422", description = "invalid: {field: message}"),
                    @ApiResponse(responseCode = "404", description = "no such process"),
                    @ApiResponse(responseCode = "503", description = "database briefly unavailable: repeat")})
    ResponseEntity<StartedCase> start(@PathVariable String processKey, @RequestBody Map<String, Object> submission,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String requestKey) {
        if (requestKey == null) {
            return created(starter.start(processKey, submission));
        }
        IdempotentCaseStart.KeyedStart keyed = keyedStart.start(processKey, submission, requestKey);
        return keyed.repeated() ? ResponseEntity.ok(keyed.started()) : created(keyed.started());
    }

    private static ResponseEntity<StartedCase> created(StartedCase started) {
        return ResponseEntity.created(URI.create("/api/v1/cases/" + started.caseNumber())).body(started);
    }

}
