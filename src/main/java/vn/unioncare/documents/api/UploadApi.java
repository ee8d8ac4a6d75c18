package vn.unioncare.documents.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.unioncare.documents.StagedUploads;
import vn.unioncare.forms.FileAccept;
import vn.unioncare.forms.StagedFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Files for the file-picker fields of a form, for clients other than the browser. A client stages each file first
 * ({@code POST /api/v1/uploads}, multipart part {@code file}, optionally {@code accept} copied from the field) and
 * gets a {@code reference}; it then submits the form (start a process, complete a task) with the list of references
 * as the field's value. The submission checks the references again against the form: only the uploader's own
 * staged files, of the types the field accepts, as many as it takes. Files never submitted are deleted after a day.
 */
@RestController
@RequestMapping("/api/v1/uploads")
@Tag(name = "Uploads", description = "Stage a file for a form's file field, then submit its reference with the form")
class UploadApi {

    private final StagedUploads staged;

    UploadApi(StagedUploads staged) {
        this.staged = staged;
    }

    /** What a client submits in the form ({@code reference}) and what the server recognised the file as. */
    record Receipt(String reference, String filename, String mediaType, long size) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Stage a file for a form (multipart, part name 'file'); submit the returned reference",
            responses = {@ApiResponse(responseCode = "201", description = "staged: the reference to submit"),
                    @ApiResponse(responseCode = "413", description = "larger than the limit"),
                    @ApiResponse(responseCode = "415", description = "a type that is not allowed, or not in 'accept'")})
    ResponseEntity<Receipt> stage(@RequestPart("file") MultipartFile file,
                                  @Parameter(description = "the field's accept, e.g. .pdf,.jpg,.jpeg,.png or image/*")
                                  @RequestParam(name = "accept", required = false) String accept) throws IOException {
        StagedFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = staged.stage(file.getOriginalFilename(), content, FileAccept.of(accept));
        }
        return ResponseEntity.created(URI.create("/api/v1/uploads/" + stored.reference()))
                .body(new Receipt(stored.reference(), stored.filename(), stored.mediaType(), stored.size()));
    }

    @DeleteMapping("/{reference}")
    @Operation(summary = "Discard a staged file that will not be submitted",
            responses = @ApiResponse(responseCode = "204", description = "gone (also when it was not yours or unknown)"))
    ResponseEntity<Void> discard(@PathVariable String reference) {
        staged.discard(reference);
        return ResponseEntity.noContent().build();
    }
}
