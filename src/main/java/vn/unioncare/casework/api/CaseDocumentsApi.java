package vn.unioncare.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.documents.StoredDocument;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A case's documents for other clients: the same access rule and the same upload checks as the case page. Another
 * union's case, or a document that is not the case's, is 404.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/documents")
@Tag(name = "Case documents", description = "List, download and upload the documents of a case")
class CaseDocumentsApi {

    private final CaseAttachments attachments;

    CaseDocumentsApi(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "The case's attachments and generated documents, newest first",
            responses = {@ApiResponse(responseCode = "200", description = "the documents"),
                    @ApiResponse(responseCode = "404", description = "no such case, or not yours to see")})
    List<StoredDocument> list(@PathVariable String caseNumber) {
        return attachments.list(caseNumber);
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "Download a document of the case",
            responses = {@ApiResponse(responseCode = "200", description = "the file, as an attachment"),
                    @ApiResponse(responseCode = "404", description = "no such case or document, or not yours to see")})
    ResponseEntity<InputStreamResource> download(@PathVariable String caseNumber, @PathVariable long documentId) {
        CaseAttachments.Download download = attachments.download(caseNumber, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .contentLength(download.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(download.content().get()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document to the case (multipart, part name 'file')",
            responses = {@ApiResponse(responseCode = "201", description = "stored: the document"),
                    @ApiResponse(responseCode = "404", description = "no such case, or not yours to see"),
                    @ApiResponse(responseCode = "413", description = "larger than the limit"),
                    @ApiResponse(responseCode = "415", description = "a type that is not allowed")})
    ResponseEntity<StoredDocument> upload(@PathVariable String caseNumber, @RequestPart("file") MultipartFile file)
            throws IOException {
        StoredDocument stored;
        try (InputStream content = file.getInputStream()) {
            stored = attachments.upload(caseNumber, file.getOriginalFilename(), content);
        }
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/documents/" + stored.id()))
                .body(stored);
    }
}
