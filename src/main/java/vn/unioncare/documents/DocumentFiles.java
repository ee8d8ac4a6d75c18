package vn.unioncare.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The document files on disk, in {@code unioncare.documents.directory} (outside the web root). Content arrives in a
 * temporary file in the same directory tree and is moved into place atomically, so a reader never sees half a file;
 * files get generated names ({@code ab/cd/<uuid>}), so no user input ever becomes part of a path.
 */
@Component
class DocumentFiles {

    private final Path root;
    private final Path incoming;

    DocumentFiles(@Value("${unioncare.documents.directory:./data/documents}") Path directory) {
        this.root = directory.toAbsolutePath().normalize();
        this.incoming = root.resolve(".incoming");
    }

    /** The directory all document files are under. */
    Path root() {
        return root;
    }

    /** Content written to a temporary file, not yet in place. */
    record Incoming(Path file, long size, String sha256) {
    }

    /** Copies at most {@code maxBytes} bytes into a temporary file; more than that is refused, whatever was declared. */
    Incoming receive(InputStream content, long maxBytes) {
        Path file = createTemporaryFile();
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = content.read(buffer)) != -1; ) {
                size += read;
                if (size > maxBytes) {
                    throw DocumentRefusedException.tooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            discard(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(file);
            throw e;
        }
        return new Incoming(file, size, HexFormat.of().formatHex(digest.digest()));
    }

    /** Moves received content to a new generated storage name and returns that name. */
    String place(Incoming received) {
        String uuid = UUID.randomUUID().toString();
        String storageName = uuid.substring(0, 2) + "/" + uuid.substring(2, 4) + "/" + uuid;
        Path target = resolve(storageName);
        try {
            Files.createDirectories(target.getParent());
            Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
            return storageName;
        } catch (IOException e) {
            discard(received.file());
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String storageName) {
        try {
            return Files.newInputStream(resolve(storageName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String storageName) {
        discard(resolve(storageName));
    }

    /** Deletes the file once the transaction that deleted its row has committed; at once outside a transaction. */
    void deleteAfterCommit(String storageName) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delete(storageName);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delete(storageName);
            }
        });
    }

    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String storageName) {
        Path file = root.resolve(storageName).normalize();
        if (!file.startsWith(root) || file.startsWith(incoming)) {
            throw new IllegalArgumentException("not a storage name: " + storageName);
        }
        return file;
    }

    private Path createTemporaryFile() {
        try {
            Files.createDirectories(incoming);
            return Files.createTempFile(incoming, "incoming-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
