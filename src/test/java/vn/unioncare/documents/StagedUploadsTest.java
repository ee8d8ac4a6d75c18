package vn.unioncare.documents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.documents.domain.StoredDocumentRows;
import vn.unioncare.forms.StagedFile;
import vn.unioncare.security.UserAccountService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files uploaded for a form wait, checked, for their uploader; a case adopts them; the rest go after a day. */
@UnionCareSpringTest
class StagedUploadsTest {

    @Autowired
    StagedUploads staged;
    @Autowired
    StagedUploadPurge purge;
    @Autowired
    DocumentStore store;
    @Autowired
    DocumentFiles files;
    @Autowired
    StoredDocumentRows rows;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MessageSource messages;

    private StagedFile stageAs(String username, String filename, byte[] content) {
        return Staging.stageAs(staged, accounts, username, filename, content);
    }

    private long rowCount() {
        return StoredContent.rows(jdbc);
    }

    private long filesOnDisk() {
        return StoredContent.filesOnDisk(files);
    }

    private Path fileOf(long documentId) {
        return files.root().resolve(rows.storageName(documentId));
    }

    private String vietnameseAndEnglish(DocumentRefusedException e) {
        Object[] arguments = e.arguments().toArray();
        return messages.getMessage(e.messageKey(), arguments, Locale.forLanguageTag("vi")) + " / "
                + messages.getMessage(e.messageKey(), arguments, Locale.ENGLISH);
    }

    @Test
    void aPdfIsStagedForItsUploaderWhoAloneFindsIt() {
        StagedFile file = stageAs("member", "Giấy ra viện.pdf", SampleFiles.pdf());

        assertThat(file.reference()).matches("[A-Za-z0-9_-]{32}");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.filename()).isEqualTo("Giấy ra viện.pdf");
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(staged.find(file.reference())).contains(file);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.member")) {
            assertThat(staged.find(file.reference())).isEmpty();
            staged.discard(file.reference());
        }
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(staged.find(file.reference())).as("another user cannot discard it").isPresent();
        }
    }

    @Test
    void aTextFileRenamedPdfIsRefusedAtStagingWithAClearMessageAndNothingIsStored() {
        long rowsBefore = rowCount();
        long filesBefore = filesOnDisk();

        assertThatThrownBy(() -> stageAs("member", "giay-ra-vien.pdf",
                "Tôi xin cam đoan những điều trên là đúng sự thật.".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(vietnameseAndEnglish(e)).startsWith("Không nhận loại tệp này")
                            .contains("This type of file is not accepted");
                });

        assertThat(rowCount()).isEqualTo(rowsBefore);
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
    }

    @Test
    void aDocumentOfAnAllowedTypeThatTheFieldDoesNotAcceptIsRefusedNamingWhatItAccepts() {
        long rowsBefore = rowCount();
        long filesBefore = filesOnDisk();

        assertThatThrownBy(() -> stageAs("member", "đơn.docx", SampleFiles.docx()))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.error.notAccepted");
                    assertThat(vietnameseAndEnglish(e))
                            .isEqualTo("Trường này chỉ nhận .pdf, .jpg, .jpeg, .png; nội dung tệp thuộc loại khác. "
                                    + "Chưa có gì được lưu. / This field accepts only .pdf, .jpg, .jpeg, .png; the "
                                    + "file's content is of another type. Nothing was saved.");
                });

        assertThat(rowCount()).isEqualTo(rowsBefore);
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
    }

    @Test
    void adoptionMovesOnlyTheUploadersStagedFilesAndAllOrNothing() {
        StagedFile members = stageAs("member", "Giấy ra viện.pdf", SampleFiles.pdf());
        StagedFile others = stageAs("hospital.member", "ảnh.png", SampleFiles.png());
        String owner = "test:" + UUID.randomUUID();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                staged.adopt(List.of(members.reference(), others.reference()), owner, "member")))
                .isInstanceOfSatisfying(DocumentRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.error.stagedFileGone"));
        assertThat(store.list(owner)).isEmpty();

        List<StoredDocument> adopted = transaction.execute(status ->
                staged.adopt(List.of(members.reference()), owner, "member"));

        assertThat(adopted).extracting(StoredDocument::id).containsExactly(members.documentId());
        assertThat(store.list(owner)).extracting(StoredDocument::filename).containsExactly("Giấy ra viện.pdf");
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(staged.find(members.reference())).as("adopted, no longer staged").isEmpty();
        }
    }

    @Test
    void thePurgeDeletesStaleStagedFilesButNeitherAdoptedNorRecentOnes() {
        StagedFile stale = stageAs("member", "cũ.pdf", SampleFiles.pdf());
        StagedFile adopted = stageAs("member", "nộp rồi.pdf", SampleFiles.pdf());
        transaction.executeWithoutResult(status ->
                staged.adopt(List.of(adopted.reference()), "test:" + UUID.randomUUID(), "member"));
        Path staleFile = fileOf(stale.documentId());
        Path adoptedFile = fileOf(adopted.documentId());
        // older than a day, both of them
        jdbc.update("update stored_document set created_at = ? where id in (?, ?)",
                java.sql.Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)), stale.documentId(),
                adopted.documentId());
        StagedFile recent = stageAs("member", "mới.pdf", SampleFiles.pdf());

        int purged = purge.purge();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from stored_document where id = ?", Long.class,
                stale.documentId())).isZero();
        assertThat(staleFile).doesNotExist();
        assertThat(adoptedFile).exists();
        assertThat(Files.exists(fileOf(recent.documentId()))).isTrue();
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(staged.find(stale.reference())).isEmpty();
            assertThat(staged.find(recent.reference())).isPresent();
        }
    }
}
