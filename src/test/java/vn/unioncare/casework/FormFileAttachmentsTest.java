package vn.unioncare.casework;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
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
import vn.unioncare.documents.SampleFiles;
import vn.unioncare.documents.StagedUploads;
import vn.unioncare.documents.Staging;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.forms.FieldError;
import vn.unioncare.forms.FormValidationException;
import vn.unioncare.forms.StagedFile;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskForms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files of a form's file pickers: staged first, submitted by reference with the start form or a task form, and then
 * the case's attachments, in its timeline; the process itself only carries their document ids.
 */
@UnionCareSpringTest
class FormFileAttachmentsTest {

    private static final String PROCESS = "attachments-request";

    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseAttachments attachments;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    StagedUploads staged;
    @Autowired
    TaskForms taskForms;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TestRestTemplate rest;

    private StagedFile stageAs(String username, String filename, byte[] content) {
        return Staging.stageAs(staged, accounts, username, filename, content);
    }

    private List<StoredDocument> documentsOf(String caseNumber) {
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            return attachments.list(caseNumber);
        }
    }

    private List<TimelineEntry> attachmentEntries(String caseNumber) {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            return caseFiles.open(caseNumber).timeline().stream()
                    .filter(entry -> entry.kind() == TimelineKind.ATTACHMENT_ADDED).toList();
        }
    }

    private long instances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    }

    @Test
    void aPdfStagedAndSubmittedInTheStartFormIsAttachedToTheCaseAndInItsTimeline() {
        StagedFile pdf = stageAs("member", "Giấy ra viện.pdf", SampleFiles.pdf());
        StagedFile photo = stageAs("member", "ảnh hiện trường.png", SampleFiles.png());

        StartedCase started;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            started = starter.start(PROCESS, Map.of("note", "Nằm viện 5 ngày",
                    "attachments", List.of(pdf.reference(), photo.reference())));
        }

        assertThat(documentsOf(started.caseNumber())).extracting(StoredDocument::filename)
                .containsExactlyInAnyOrder("Giấy ra viện.pdf", "ảnh hiện trường.png");
        assertThat(documentsOf(started.caseNumber())).extracting(StoredDocument::ownerKey)
                .containsOnly("case:" + started.caseNumber());
        assertThat(attachmentEntries(started.caseNumber())).extracting(TimelineEntry::actor).containsOnly("member");
        assertThat(attachmentEntries(started.caseNumber())).hasSize(2);
        assertThat(runtime.getVariable(started.processInstanceId(), "attachments"))
                .as("the process carries document ids, not references")
                .isEqualTo(List.of(pdf.documentId(), photo.documentId()));
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(staged.find(pdf.reference())).as("no longer staged").isEmpty();
        }
    }

    @Test
    void aStartFormWithAnotherUsersStagedFileIsRefusedAndNothingStarts() {
        StagedFile others = stageAs("hospital.member", "ảnh.png", SampleFiles.png());
        long before = instances();

        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThatThrownBy(() -> starter.start(PROCESS, Map.of("note", "x",
                    "attachments", List.of(others.reference()))))
                    .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                            .containsEntry("attachments", FieldError.of("forms.error.unknownFile")));
            assertThatThrownBy(() -> starter.start(PROCESS, Map.of("note", "x")))
                    .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                            .containsEntry("attachments", FieldError.of("forms.error.required")));
        }
        assertThat(instances()).isEqualTo(before);
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.member")) {
            assertThat(staged.find(others.reference())).as("still the uploader's").isPresent();
        }
    }

    @Test
    void aFileAddedInATaskFormIsAttachedToTheTasksCase() {
        StagedFile request = stageAs("member", "đơn.pdf", SampleFiles.pdf());
        StartedCase started;
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            started = starter.start(PROCESS, Map.of("note", "x", "attachments", List.of(request.reference())));
        }
        String taskId = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
        StagedFile more = stageAs("school.chair", "Biên bản thăm hỏi.jpg", SampleFiles.jpeg());

        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            taskForms.complete(taskId, Map.of("reply", "Đã bổ sung", "moreDocuments", List.of(more.reference())));
        }

        assertThat(documentsOf(started.caseNumber())).extracting(StoredDocument::filename)
                .contains("đơn.pdf", "Biên bản thăm hỏi.jpg");
        assertThat(attachmentEntries(started.caseNumber())).extracting(TimelineEntry::actor)
                .containsExactlyInAnyOrder("member", "school.chair");
    }

    // --- the JSON API: stage, then submit the reference ---

    private ResponseEntity<String> stageByApi(String user, String filename, byte[] content, String accept) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        if (accept != null) {
            body.add("accept", accept);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").exchange("/api/v1/uploads", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> startByApi(String user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/api/v1/processes/" + PROCESS + "/start", HttpMethod.POST,
                new HttpEntity<>(json, headers), String.class);
    }

    private static String field(String json, String name) {
        return json.replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aClientStagesAFileThroughTheApiAndStartsTheCaseWithItsReference() {
        ResponseEntity<String> stagedFile = stageByApi("member", "Giấy ra viện.pdf", SampleFiles.pdf(),
                ".pdf,.jpg,.jpeg,.png");
        assertThat(stagedFile.getStatusCode()).as(stagedFile.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(stagedFile.getBody()).contains("\"mediaType\":\"application/pdf\"");
        String reference = field(stagedFile.getBody(), "reference");

        ResponseEntity<String> started = startByApi("member",
                "{\"note\": \"Nằm viện\", \"attachments\": [\"" + reference + "\"]}");

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = field(started.getBody(), "caseNumber");
        ResponseEntity<String> listed = rest.withBasicAuth("school.chair", "demo")
                .getForEntity("/api/v1/cases/" + caseNumber + "/documents", String.class);
        assertThat(listed.getBody()).contains("Giấy ra viện.pdf");

        ResponseEntity<String> again = startByApi("member",
                "{\"note\": \"Lần nữa\", \"attachments\": [\"" + reference + "\"]}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(again.getBody()).contains("\"attachments\":\"Có tệp không nằm trong các tệp bạn đã tải lên");
    }

    @Test
    void theApiRefusesADisguisedFileAtStagingWithAClearMessage() {
        long before = instances();
        ResponseEntity<String> refused = stageByApi("member", "giay-to.pdf",
                "chỉ là văn bản".getBytes(StandardCharsets.UTF_8), ".pdf");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refused.getBody()).contains("Không nhận loại tệp này");

        ResponseEntity<String> notAccepted = stageByApi("member", "đơn.docx", SampleFiles.docx(), ".pdf");
        assertThat(notAccepted.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(notAccepted.getBody()).contains("Trường này chỉ nhận .pdf");
        assertThat(instances()).isEqualTo(before);
    }
}
