package vn.unioncare.casework;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.documents.DocumentStore;
import vn.unioncare.documents.StagedUploads;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.security.CurrentUser;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The documents of a case: attachments uploaded by officers and the member, and the documents the process generated.
 * Every call first checks that the signed-in user may see the case ({@link CaseAccess}); another union's case, and a
 * document that is not the case's, are "not found" (404).
 */
@Service
@Transactional
public class CaseAttachments {

    private final CaseAccess access;
    private final DocumentStore documents;
    private final StagedUploads staged;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    public CaseAttachments(CaseAccess access, DocumentStore documents, StagedUploads staged, AuditTrail audit,
                           CurrentUser currentUser) {
        this.audit = audit;
        this.access = access;
        this.documents = documents;
        this.staged = staged;
        this.currentUser = currentUser;
    }

    /** What a download needs; {@code content} opens the file when the response is written. */
    public record Download(String filename, String mediaType, long size, Supplier<InputStream> content) {
    }

    /** The key under which a case's documents are stored. */
    public static String ownerKey(String caseNumber) {
        return "case:" + caseNumber;
    }

    /**
     * Stores an upload to the case; refused with 413 {@code documents.error.tooLarge} or 415
     * {@code documents.error.typeNotAllowed} (a {@code DocumentRefusedException}) when the file is not acceptable.
     */
    public StoredDocument upload(String caseNumber, String filename, InputStream content) {
        CaseSummary visible = access.require(caseNumber);
        StoredDocument stored = documents.storeUpload(ownerKey(caseNumber), filename, content);
        recordAdded(visible, stored);
        return stored;
    }

    /**
     * Files a PDF that a process generated for its case (a decision, a receipt) and notes it in the timeline. For
     * process delegates, which run without a user; the same {@code idempotencyKey} files nothing twice.
     */
    public StoredDocument fileGenerated(String caseNumber, String processInstanceId, String filename, byte[] pdf,
                                        String idempotencyKey) {
        return fileGenerated(caseNumber, processInstanceId, filename, () -> pdf, idempotencyKey);
    }

    /**
     * Like {@link #fileGenerated(String, String, String, byte[], String)}, but the PDF is made only when nothing was
     * filed under {@code idempotencyKey} before: a step retried after its first run committed takes no new document
     * number, renders nothing and adds no second timeline entry.
     */
    public StoredDocument fileGenerated(String caseNumber, String processInstanceId, String filename,
                                        Supplier<byte[]> pdf, String idempotencyKey) {
        java.util.Optional<StoredDocument> earlier = documents.findGenerated(ownerKey(caseNumber), idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        StoredDocument stored = documents.storeGenerated(ownerKey(caseNumber), filename, "application/pdf", pdf.get(),
                idempotencyKey);
        audit.record(processInstanceId, AuditType.DOCUMENT_GENERATED, stored.filename(),
                java.util.Map.of("size", stored.size()));
        return stored;
    }

    /**
     * Files what somebody without an account sent with a case they started (an anonymous reporter's photos, already
     * checked and stripped of metadata), in the caller's transaction; the timeline names no one.
     */
    public StoredDocument filePublicUpload(String caseNumber, String processInstanceId, String filename,
                                           String mediaType, byte[] content, String idempotencyKey) {
        StoredDocument stored = documents.storeGenerated(ownerKey(caseNumber), filename, mediaType, content,
                idempotencyKey);
        audit.record(processInstanceId, AuditType.ATTACHMENT_ADDED, stored.filename(),
                java.util.Map.of("size", stored.size(), "type", stored.mediaType()));
        return stored;
    }

    /**
     * Attaches files the signed-in user staged for a form of this case (the start form, a task form), in the caller's
     * transaction: each is listed with the case and in its timeline like an upload. Refused with 404 when the case is
     * not the caller's to see, 409 {@code documents.error.stagedFileGone} when a file is no longer staged by them.
     */
    public List<StoredDocument> adoptStaged(String caseNumber, Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        CaseSummary visible = access.require(caseNumber);
        List<StoredDocument> adopted = staged.adopt(references, ownerKey(caseNumber), currentUser.require().getUsername());
        adopted.forEach(document -> recordAdded(visible, document));
        return adopted;
    }

    private void recordAdded(CaseSummary visible, StoredDocument document) {
        audit.record(visible.processInstanceId(), AuditType.ATTACHMENT_ADDED, document.filename(),
                java.util.Map.of("size", document.size(), "type", document.mediaType()));
    }

    /** Attachments and generated documents of the case, newest first. */
    @Transactional(readOnly = true)
    public List<StoredDocument> list(String caseNumber) {
        access.require(caseNumber);
        return documents.list(ownerKey(caseNumber));
    }

    /** A page of the case's documents, newest first, for lazy lists. */
    @Transactional(readOnly = true)
    public List<StoredDocument> list(String caseNumber, int offset, int limit) {
        access.require(caseNumber);
        return documents.list(ownerKey(caseNumber), offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(String caseNumber) {
        access.require(caseNumber);
        return documents.count(ownerKey(caseNumber));
    }

    @Transactional(readOnly = true)
    public Download download(String caseNumber, long documentId) {
        access.require(caseNumber);
        StoredDocument document = documents.find(documentId, ownerKey(caseNumber))
                .orElseThrow(() -> new CaseworkException("error.notFoundOrNoAccess", 404,
                        caseNumber + "/" + documentId));
        return new Download(document.filename(), document.mediaType(), document.size(),
                () -> documents.open(document));
    }

    /** The largest upload accepted, in bytes, for the upload components' own (non-decisive) limit. */
    public long maxUploadSize() {
        return documents.maxUploadSize();
    }
}
