package vn.unioncare.documents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document store on each database: the same contract on H2 and on PostgreSQL. */
abstract class DocumentStoreContract {

    @Autowired
    DocumentStore store;
    @Autowired
    DocumentFiles files;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private static String newOwner() {
        return "test:" + UUID.randomUUID();
    }

    private byte[] read(StoredDocument document) {
        try (InputStream in = store.open(document)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long filesOnDisk() {
        return StoredContent.filesOnDisk(files);
    }

    private long rows() {
        return StoredContent.rows(jdbc);
    }

    private StoredDocument upload(String owner, String name, byte[] content) {
        return store.storeUpload(owner, name, new ByteArrayInputStream(content));
    }

    @Test
    void aPdfAndAPngAreStoredAndReadBackByteForByte() throws Exception {
        String owner = newOwner();
        byte[] pdf = SampleFiles.pdf();
        byte[] png = SampleFiles.png();

        StoredDocument storedPdf = upload(owner, "Giấy ra viện.pdf", pdf);
        StoredDocument storedPng = upload(owner, "ảnh chụp.png", png);

        assertThat(read(storedPdf)).isEqualTo(pdf);
        assertThat(read(storedPng)).isEqualTo(png);
        assertThat(storedPdf.mediaType()).isEqualTo("application/pdf");
        assertThat(storedPng.mediaType()).isEqualTo("image/png");
        assertThat(storedPdf.size()).isEqualTo(pdf.length);
        assertThat(storedPdf.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(storedPdf.kind()).isEqualTo(DocumentKind.ATTACHMENT);
        assertThat(storedPdf.createdBy()).isEqualTo("system");
        assertThat(store.list(owner)).extracting(StoredDocument::filename)
                .containsExactly("ảnh chụp.png", "Giấy ra viện.pdf");
    }

    @Test
    void officeDocumentsAndPhotosAreRecognisedByTheirContent() {
        String owner = newOwner();
        assertThat(upload(owner, "don.docx", SampleFiles.docx()).mediaType())
                .isEqualTo(DocumentType.DOCX.mediaType());
        assertThat(upload(owner, "bien-ban.odt", SampleFiles.odt()).mediaType())
                .isEqualTo(DocumentType.ODT.mediaType());
        assertThat(upload(owner, "anh", SampleFiles.jpeg()))
                .extracting(StoredDocument::mediaType, StoredDocument::filename)
                .containsExactly("image/jpeg", "anh.jpg");
    }

    @Test
    void filesThatABrowserCouldRunAreRefusedWhateverTheirName() {
        String owner = newOwner();
        long rowsBefore = rows();
        long filesBefore = filesOnDisk();
        for (Object[] refused : new Object[][] {{"giay-to.pdf", SampleFiles.html()}, {"anh.png", SampleFiles.svg()},
                {"setup.pdf", SampleFiles.windowsProgram()}, {"don.docx", SampleFiles.docxWithMacros()},
                {"nen.zip", SampleFiles.zip(java.util.Map.of("a.txt", "a"))}, {"rong.pdf", new byte[0]},
                {"anh-that.pdf", SampleFiles.png()}}) {
            assertThatThrownBy(() -> upload(owner, (String) refused[0], (byte[]) refused[1])).as((String) refused[0])
                    .isInstanceOf(DocumentRefusedException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "documents.error.typeNotAllowed")
                    .hasFieldOrPropertyWithValue("status", 415);
        }
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
    }

    @Test
    void anOversizedUploadIsRefusedAndLeavesNothingBehind() {
        long rowsBefore = rows();
        long filesBefore = filesOnDisk();

        assertThatThrownBy(() -> store.storeUpload(newOwner(), "lon.pdf",
                SampleFiles.pdfOfSize(store.maxUploadSize() + 1)))
                .isInstanceOf(DocumentRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "documents.error.tooLarge")
                .hasFieldOrPropertyWithValue("status", 413)
                .satisfies(e -> assertThat(((DocumentRefusedException) e).arguments()).containsExactly(10.0));

        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
    }

    @Test
    void aRolledBackTransactionLeavesNoFileBehind() {
        String owner = newOwner();
        long filesBefore = filesOnDisk();

        transaction.executeWithoutResult(status -> {
            upload(owner, "se-huy.pdf", SampleFiles.pdf());
            assertThat(filesOnDisk()).isEqualTo(filesBefore + 1);
            status.setRollbackOnly();
        });

        assertThat(store.list(owner)).isEmpty();
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
    }

    @Test
    void aGeneratedDocumentIsStoredOncePerIdempotencyKey() {
        String owner = newOwner();
        String key = "decision:" + owner;
        long filesBefore = filesOnDisk();

        StoredDocument first = store.storeGenerated(owner, "Quyết định hỗ trợ.pdf", "application/pdf",
                SampleFiles.pdf(), key);
        StoredDocument retried = store.storeGenerated(owner, "Quyết định hỗ trợ.pdf", "application/pdf",
                SampleFiles.pdf(), key);

        assertThat(retried).isEqualTo(first);
        assertThat(first.kind()).isEqualTo(DocumentKind.GENERATED);
        assertThat(store.list(owner)).containsExactly(first);
        assertThat(filesOnDisk()).isEqualTo(filesBefore + 1);
    }

    @Test
    void generatedContentMustBeOfTheDeclaredType() {
        assertThatThrownBy(() -> store.storeGenerated(newOwner(), "x.pdf", "application/pdf", SampleFiles.html(),
                "html-as-pdf:" + UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.storeGenerated(newOwner(), "x.html", "text/html", SampleFiles.html(),
                "html:" + UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentIsFoundOnlyUnderItsOwnOwner() {
        String owner = newOwner();
        StoredDocument document = upload(owner, "a.pdf", SampleFiles.pdf());

        assertThat(store.find(document.id(), owner)).contains(document);
        assertThat(store.find(document.id(), newOwner())).isEmpty();
        assertThat(store.list(newOwner())).isEmpty();
        assertThat(store.count(owner)).isEqualTo(1);
    }

    @Test
    void filesAreStoredUnderGeneratedNamesInsideTheDocumentDirectory() throws IOException {
        String owner = newOwner();
        upload(owner, "../../evil.pdf", SampleFiles.pdf());
        try (Stream<Path> all = Files.walk(files.root())) {
            assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains("evil"))
                    .allMatch(name -> name.matches("[0-9a-f-]{36}"));
        }
    }
}
