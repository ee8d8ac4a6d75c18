package vn.unioncare.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;

import java.net.URI;
import java.util.Map;

/** Starting cases from other clients: the same validation and the same case file as the portal. */
@RestController
@RequestMapping("/api/v1/processes")
@Tag(name = "Cases", description = "Start a case by submitting a process's start form")
class CaseApi {

    private final CaseStarter starter;

    CaseApi(CaseStarter starter) {
        this.starter = starter;
    }

    @PostMapping("/{processKey}/start")
    @Operation(summary = "Validate the start form and start the process",
            responses = {@ApiResponse(responseCode = "201", description = "started: case number and process instance"),
                    @ApiResponse(responseCode = "422", description = "invalid: {field: message}"),
                    @ApiResponse(responseCode = "404", description = "no such process")})
    ResponseEntity<StartedCase> start(@PathVariable String processKey, @RequestBody Map<String, Object> submission) {
        StartedCase started = starter.start(processKey, submission);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + started.caseNumber())).body(started);
    }

}
