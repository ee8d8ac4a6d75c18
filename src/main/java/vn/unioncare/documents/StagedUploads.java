package vn.unioncare.documents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.documents.domain.StoredDocumentRows;
import vn.unioncare.forms.FileAccept;
import vn.unioncare.forms.StagedFile;
import vn.unioncare.forms.StagedFiles;
import vn.unioncare.security.CurrentUser;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files uploaded for a form before the form is submitted. Each is stored at once, with every check of
 * {@link DocumentStore#storeUpload} and the field's {@code accept}, under the owner key {@code staged:<reference>}
 * with a random, unguessable reference; the uploader ({@code created_by}) alone can find, discard or submit it.
 * When the form's work is done, {@link #adopt} gives the files to their final owner (a case) in the same
 * transaction; files never adopted are purged after a day ({@link StagedUploadPurge}).
 */
@Service
@Transactional
public class StagedUploads implements StagedFiles {

    static final String OWNER_PREFIX = "staged:";
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DocumentStore store;
    private final StoredDocumentRows rows;
    private final DocumentFiles files;
    private final CurrentUser currentUser;

    StagedUploads(DocumentStore store, StoredDocumentRows rows, DocumentFiles files, CurrentUser currentUser) {
        this.store = store;
        this.rows = rows;
        this.files = files;
        this.currentUser = currentUser;
    }

    /**
     * Refused (nothing stored) with 413 {@code documents.error.tooLarge}, 415 {@code documents.error.typeNotAllowed},
     * or 415 {@code documents.error.notAccepted} for content of a type the field does not take.
     */
    @Override
    public StagedFile stage(String filename, InputStream content, FileAccept accept) {
        currentUser.require();
        String reference = newReference();
        StoredDocument stored = store.storeUpload(OWNER_PREFIX + reference, filename, content, (safeName, type) -> {
            if (!accept.accepts(safeName, type.mediaType())) {
                throw DocumentRefusedException.notAccepted(accept.toString(), type.mediaType());
            }
        });
        return staged(reference, stored);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StagedFile> find(String reference) {
        return ownOwnerKey(reference).flatMap(owner -> rows.findCreatedBy(owner, currentUsername()))
                .map(document -> staged(reference, document));
    }

    @Override
    public void discard(String reference) {
        ownOwnerKey(reference).flatMap(owner -> rows.findCreatedBy(owner, currentUsername())).ifPresent(document -> {
            String storageName = rows.storageName(document.id());
            rows.delete(document.id());
            files.deleteAfterCommit(storageName);
        });
    }

    @Override
    public long maxSize() {
        return store.maxUploadSize();
    }

    /**
     * Gives the staged files to {@code ownerKey} (e.g. {@code case:HT-2026-000001}) in the caller's transaction, if
     * every one was staged by {@code username} and is still staged; otherwise nothing moves and 409
     * {@code documents.error.stagedFileGone} is thrown. Document ids stay the same.
     */
    public List<StoredDocument> adopt(Collection<String> references, String ownerKey, String username) {
        if (ownerKey == null || ownerKey.startsWith(OWNER_PREFIX)) {
            throw new IllegalArgumentException("not a final owner: " + ownerKey);
        }
        List<StoredDocument> adopted = new ArrayList<>();
        for (String reference : references) {
            String staged = OWNER_PREFIX + reference;
            StoredDocument document = (REFERENCE.matcher(reference).matches()
                    ? rows.findCreatedBy(staged, username) : Optional.<StoredDocument>empty())
                    .orElseThrow(() -> new DocumentRefusedException("documents.error.stagedFileGone", 409, reference));
            rows.changeOwner(staged, username, ownerKey);
            adopted.add(new StoredDocument(document.id(), ownerKey, document.kind(), document.filename(),
                    document.mediaType(), document.size(), document.sha256(), document.createdAt(),
                    document.createdBy()));
        }
        return adopted;
    }

    /** Deletes up to {@code limit} staged files uploaded before {@code cutoff}, rows now and files after commit. */
    int purgeStagedBefore(Instant cutoff, int limit) {
        List<StoredDocumentRows.StoredFile> stale = rows.ownedByPrefixBefore(OWNER_PREFIX, cutoff, limit);
        for (StoredDocumentRows.StoredFile file : stale) {
            rows.delete(file.id());
            files.deleteAfterCommit(file.storageName());
        }
        return stale.size();
    }

    private Optional<String> ownOwnerKey(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches() && currentUser.get().isPresent()
                ? Optional.of(OWNER_PREFIX + reference) : Optional.empty();
    }

    private String currentUsername() {
        return currentUser.require().getUsername();
    }

    private static StagedFile staged(String reference, StoredDocument document) {
        return new StagedFile(reference, document.id(), document.filename(), document.mediaType(), document.size());
    }

    private static String newReference() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
