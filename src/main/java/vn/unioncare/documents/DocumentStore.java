package vn.unioncare.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import vn.unioncare.documents.domain.StoredDocumentRows;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.UnionCareUser;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stores and serves documents by owner (e.g. {@code case:HT-2026-000123}). It decides nothing about access: the
 * feature that owns the documents checks that the signed-in user may see the owner before calling it.
 * <p>
 * A file is written before its row; if the transaction that stores the row rolls back, the file is removed again, so
 * neither a row without a file nor a file without a row remains.
 */
@Service
@Transactional
public class DocumentStore {

    private static final int MAX_OWNER_KEY_LENGTH = 100;
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    private final StoredDocumentRows rows;
    private final DocumentFiles files;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxUploadSize;

    DocumentStore(StoredDocumentRows rows, DocumentFiles files, CurrentUser currentUser, Clock clock,
                  @Value("${unioncare.documents.max-size:10MB}") DataSize maxUploadSize) {
        this.rows = rows;
        this.files = files;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxUploadSize = maxUploadSize.toBytes();
    }

    /**
     * Stores a file a person uploaded: at most {@link #maxUploadSize()} bytes, whatever size was declared (413
     * {@code documents.error.tooLarge} otherwise); one of the {@link DocumentType}s recognised by content, with a name
     * that does not claim another format (415 {@code documents.error.typeNotAllowed} otherwise).
     */
    public StoredDocument storeUpload(String ownerKey, String originalFilename, InputStream content) {
        return storeUpload(ownerKey, originalFilename, content, (filename, type) -> { });
    }

    /** What else an upload must satisfy once its type is known, e.g. a form field's {@code accept}; throws if not. */
    interface Admission {
        void check(String safeFilename, DocumentType type);
    }

    /** As {@link #storeUpload(String, String, InputStream)}, with a further check before anything is stored. */
    StoredDocument storeUpload(String ownerKey, String originalFilename, InputStream content, Admission admission) {
        requireOwnerKey(ownerKey);
        DocumentFiles.Incoming received = files.receive(content, maxUploadSize);
        return saveOrDiscard(received, () -> {
            DocumentType type = ContentInspector.detect(received.file())
                    .orElseThrow(() -> DocumentRefusedException.typeNotAllowed("unrecognised content"));
            String filename = Filenames.forType(originalFilename, type);
            admission.check(filename, type);
            return save(ownerKey, DocumentKind.ATTACHMENT, filename, type, received, null);
        });
    }

    /**
     * Stores a document UnionCare generated (a letter, a decision, a report). The same {@code idempotencyKey} returns
     * the document stored the first time and stores nothing, so a retried job does not file it twice.
     *
     * @throws IllegalArgumentException when the content is not of {@code mediaType} or the key belongs to another owner
     */
    public StoredDocument storeGenerated(String ownerKey, String filename, String mediaType, byte[] content,
                                         String idempotencyKey) {
        requireOwnerKey(ownerKey);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotency key required, at most 200 characters");
        }
        Optional<StoredDocument> earlier = rows.findByIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().ownerKey().equals(ownerKey)) {
                throw new IllegalArgumentException("idempotency key " + idempotencyKey + " belongs to another owner");
            }
            return earlier.get();
        }
        DocumentType declared = DocumentType.ofMediaType(mediaType)
                .orElseThrow(() -> new IllegalArgumentException("not a document type: " + mediaType));
        DocumentFiles.Incoming received = files.receive(new ByteArrayInputStream(content), content.length);
        return saveOrDiscard(received, () -> {
            boolean matches = declared.uploadable()
                    ? ContentInspector.detect(received.file()).filter(declared::equals).isPresent()
                    : ContentInspector.isUtf8Text(content);
            if (!matches) {
                throw new IllegalArgumentException("content is not " + mediaType);
            }
            return save(ownerKey, DocumentKind.GENERATED, Filenames.forType(filename, declared), declared, received,
                    idempotencyKey);
        });
    }

    /** An owner's documents, newest first. */
    @Transactional(readOnly = true)
    public List<StoredDocument> list(String ownerKey) {
        return rows.page(ownerKey, 0, Integer.MAX_VALUE);
    }

    /** A page of an owner's documents, newest first, for lazy lists. */
    @Transactional(readOnly = true)
    public List<StoredDocument> list(String ownerKey, int offset, int limit) {
        return rows.page(ownerKey, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(String ownerKey) {
        return rows.count(ownerKey);
    }

    /**
     * The document generated earlier under this idempotency key for this owner, so that a retried step can skip
     * making it again (and taking a new document number for it); empty when there is none for this owner.
     */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> findGenerated(String ownerKey, String idempotencyKey) {
        return rows.findByIdempotencyKey(idempotencyKey).filter(document -> document.ownerKey().equals(ownerKey));
    }

    /** The document with this id if it belongs to this owner; another owner's id is simply absent. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> find(long id, String ownerKey) {
        return rows.find(id, ownerKey);
    }

    /** The document's content; the caller closes the stream. */
    @Transactional(readOnly = true)
    public InputStream open(StoredDocument document) {
        return files.open(rows.storageName(document.id()));
    }

    /** The largest upload accepted, in bytes ({@code unioncare.documents.max-size}). */
    public long maxUploadSize() {
        return maxUploadSize;
    }

    /** Runs {@code save}; when it fails, the received content does not stay behind in the incoming directory. */
    private StoredDocument saveOrDiscard(DocumentFiles.Incoming received, Supplier<StoredDocument> save) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            files.discard(received.file());
            throw e;
        }
    }

    private StoredDocument save(String ownerKey, DocumentKind kind, String filename, DocumentType type,
                                DocumentFiles.Incoming received, String idempotencyKey) {
        String storageName = files.place(received);
        removeOnRollback(storageName);
        // the database keeps microseconds; the returned document equals the one read back later
        String createdBy = currentUser.get().map(UnionCareUser::getUsername).orElse("system");
        StoredDocument document = new StoredDocument(0, ownerKey, kind, filename, type.mediaType(), received.size(),
                received.sha256(), clock.instant().truncatedTo(ChronoUnit.MICROS), createdBy);
        return rows.insert(document, storageName, idempotencyKey);
    }

    private void removeOnRollback(String storageName) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    files.delete(storageName);
                }
            }
        });
    }

    private static void requireOwnerKey(String ownerKey) {
        if (ownerKey == null || ownerKey.isBlank() || ownerKey.length() > MAX_OWNER_KEY_LENGTH) {
            throw new IllegalArgumentException("owner key required, at most 100 characters");
        }
    }
}
