package vn.unioncare.forms;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where the files of file-picker fields wait between upload and submission. Forms only define what they need; the
 * documents feature keeps the files. A file is uploaded ("staged") first and the form then carries its reference;
 * a staged file belongs to the user who uploaded it, and only that user can find, discard or submit it.
 */
public interface StagedFiles {

    /**
     * Checks the content (size, type by content, against {@code accept}) and keeps the file for the signed-in user;
     * refused with a {@link vn.unioncare.common.RefusedException} that names the reason, and then nothing is kept.
     */
    StagedFile stage(String filename, InputStream content, FileAccept accept);

    /** The signed-in user's staged file with this reference, not yet adopted; anybody else's is simply absent. */
    Optional<StagedFile> find(String reference);

    /** Removes the signed-in user's staged file (the user took it off the form); unknown references are ignored. */
    void discard(String reference);

    /** The largest file accepted, in bytes. */
    long maxSize();

    /** For forms rendered or validated where nothing can be staged: every reference is unknown. */
    StagedFiles NONE = new StagedFiles() {
        @Override
        public StagedFile stage(String filename, InputStream content, FileAccept accept) {
            throw new IllegalStateException("no staging area for files");
        }

        @Override
        public Optional<StagedFile> find(String reference) {
            return Optional.empty();
        }

        @Override
        public void discard(String reference) {
        }

        @Override
        public long maxSize() {
            return 0;
        }
    };
}
