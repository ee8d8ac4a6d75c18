package vn.unioncare.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.documents.DocumentKind;
import vn.unioncare.documents.DocumentStore;
import vn.unioncare.documents.SampleFiles;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.security.UserAccountService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A case's documents are there for whoever may see the case, through the service and the JSON API alike. */
@UnionCareSpringTest
class CaseAttachmentsTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseAttachments attachments;
    @Autowired
    DocumentStore documents;
    @Autowired
    TestRestTemplate rest;

    private String schoolMembersCase() {
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            return starter.start("foundation-roundtrip", Map.of("note", "Đề nghị hỗ trợ")).caseNumber();
        }
    }

    private StoredDocument uploadAs(String username, String caseNumber, String filename, byte[] content) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            return attachments.upload(caseNumber, filename, new ByteArrayInputStream(content));
        }
    }

    private byte[] downloadAs(String username, String caseNumber, long documentId) throws IOException {
        try (SignedIn ignored = SignedIn.as(accounts, username);
             InputStream in = attachments.download(caseNumber, documentId).content().get()) {
            return in.readAllBytes();
        }
    }

    private int documentsOf(String caseNumber) {
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            return attachments.list(caseNumber).size();
        }
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(CaseworkException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.notFoundOrNoAccess")
                .hasFieldOrPropertyWithValue("status", 404);
    }

    @Test
    void theUnionsChairUploadsAndTheMemberDownloadsTheSameBytes() throws IOException {
        String number = schoolMembersCase();
        byte[] pdf = SampleFiles.pdf();

        StoredDocument stored = uploadAs("school.chair", number, "Biên bản thăm hỏi.pdf", pdf);

        assertThat(stored.ownerKey()).isEqualTo("case:" + number);
        assertThat(stored.createdBy()).isEqualTo("school.chair");
        assertThat(downloadAs("member", number, stored.id())).isEqualTo(pdf);
        assertThat(downloadAs("commune.officer", number, stored.id())).isEqualTo(pdf);
    }

    @Test
    void theMemberUploadsToTheirOwnCase() {
        String number = schoolMembersCase();

        StoredDocument stored = uploadAs("member", number, "giay-ra-vien.png", SampleFiles.png());

        assertThat(stored.createdBy()).isEqualTo("member");
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(attachments.list(number)).containsExactly(stored);
        }
    }

    @Test
    void anotherUnionsOfficerCanNeitherListNorDownloadNorUpload() {
        String number = schoolMembersCase();
        StoredDocument stored = uploadAs("school.chair", number, "a.pdf", SampleFiles.pdf());

        for (String outsider : new String[] {"hospital.chair", "parks.officer", "hospital.member"}) {
            try (SignedIn ignored = SignedIn.as(accounts, outsider)) {
                assertNotFound(() -> attachments.list(number));
                assertNotFound(() -> attachments.download(number, stored.id()));
                assertNotFound(() -> attachments.upload(number, "b.pdf", new ByteArrayInputStream(SampleFiles.pdf())));
            }
        }
        assertThat(documentsOf(number)).isEqualTo(1);
    }

    @Test
    void aDocumentOfAnotherCaseIsNotFoundThroughThisOne() {
        String mine = schoolMembersCase();
        String other = schoolMembersCase();
        StoredDocument ofOther = uploadAs("school.chair", other, "a.pdf", SampleFiles.pdf());

        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertNotFound(() -> attachments.download(mine, ofOther.id()));
        }
    }

    @Test
    void generatedDocumentsAreListedWithTheAttachments() {
        String number = schoolMembersCase();
        StoredDocument generated = documents.storeGenerated(CaseAttachments.ownerKey(number), "Quyết định.pdf",
                "application/pdf", SampleFiles.pdf(), "decision:" + number);
        StoredDocument uploaded = uploadAs("member", number, "don.pdf", SampleFiles.pdf());

        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThat(attachments.list(number)).containsExactly(uploaded, generated);
        }
        assertThat(generated.kind()).isEqualTo(DocumentKind.GENERATED);
    }

    // --- the JSON API ---

    private String documentsUrl(String caseNumber) {
        return "/api/v1/cases/" + caseNumber + "/documents";
    }

    private ResponseEntity<String> post(String user, String caseNumber, String filename, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").exchange(documentsUrl(caseNumber), HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void theApiUploadsListsAndDownloadsForThoseWhoMaySeeTheCase() {
        String number = schoolMembersCase();
        byte[] pdf = SampleFiles.pdf();

        ResponseEntity<String> created = post("member", number, "giay-to.pdf", pdf);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).contains("\"filename\":\"giay-to.pdf\"")
                .contains("\"mediaType\":\"application/pdf\"");
        String location = created.getHeaders().getLocation().toString();
        assertThat(location).startsWith(documentsUrl(number) + "/");

        ResponseEntity<String> list = rest.withBasicAuth("school.chair", "demo")
                .getForEntity(documentsUrl(number), String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains("giay-to.pdf");

        ResponseEntity<byte[]> download = rest.withBasicAuth("school.chair", "demo").getForEntity(location, byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        ContentDisposition disposition = download.getHeaders().getContentDisposition();
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("giay-to.pdf");
    }

    @Test
    void theApiSendsVietnameseFileNamesIntact() {
        String number = schoolMembersCase();
        StoredDocument stored = uploadAs("school.chair", number, "Giấy ra viện.pdf", SampleFiles.pdf());

        ResponseEntity<byte[]> download = rest.withBasicAuth("member", "demo")
                .getForEntity(documentsUrl(number) + "/" + stored.id(), byte[].class);

        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("Giấy ra viện.pdf");
    }

    @Test
    void theApiAnswersAnotherUnionWith404AndStoresNothing() {
        String number = schoolMembersCase();
        StoredDocument stored = uploadAs("school.chair", number, "a.pdf", SampleFiles.pdf());
        TestRestTemplate outsider = rest.withBasicAuth("hospital.chair", "demo");

        assertThat(outsider.getForEntity(documentsUrl(number), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> download = outsider.getForEntity(documentsUrl(number) + "/" + stored.id(), String.class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download.getBody()).doesNotContain("PDF");
        assertThat(post("hospital.chair", number, "b.pdf", SampleFiles.pdf()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity(documentsUrl(number), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(documentsOf(number)).isEqualTo(1);
    }

    @Test
    void theApiRefusesADisguisedFileWithAMessage() {
        String number = schoolMembersCase();

        ResponseEntity<String> disguised = post("member", number, "giay-to.pdf", SampleFiles.html());
        assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(disguised.getBody()).contains("Không nhận loại tệp này");

        assertThat(documentsOf(number)).isZero();
    }
}
