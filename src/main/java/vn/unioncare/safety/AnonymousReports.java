package vn.unioncare.safety;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseProgress;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.casework.CaseSummary;
import vn.unioncare.forms.DeployedForms;
import vn.unioncare.forms.FormComponent;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.FormValidation;
import vn.unioncare.forms.FormValidationException;
import vn.unioncare.forms.FormValidator;
import vn.unioncare.forms.SubmittedVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anonymous channel for safety reports, behind the public page {@code /report} and the public API: the report is
 * checked against the same deployed {@code safety-report} form the page shows, its photos are checked and stripped of
 * metadata, and only then does the process start — with no engine user, no account and nothing of the client — in
 * one transaction with the case file, the photos and the tracking code. The code is the reporter's only way back.
 */
@Service
public class AnonymousReports {

    public static final String PROCESS_KEY = "safety-incident";
    /** The file picker of the form; public clients send photos as files of the request instead. */
    public static final String PHOTOS_FIELD = "photos";
    public static final int MAX_PHOTOS = 5;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final DeployedForms forms;
    private final FormValidator validator;
    private final PhotoSanitiser photos;
    private final CaseRecords records;
    private final CaseAttachments attachments;
    private final TrackingCodes trackingCodes;
    private final ReporterConversation conversation;

    public AnonymousReports(RepositoryService repository, RuntimeService runtime, IdentityService identity,
                            DeployedForms forms, FormValidator validator, PhotoSanitiser photos, CaseRecords records,
                            CaseAttachments attachments, TrackingCodes trackingCodes,
                            ReporterConversation conversation) {
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.forms = forms;
        this.validator = validator;
        this.photos = photos;
        this.records = records;
        this.attachments = attachments;
        this.trackingCodes = trackingCodes;
        this.conversation = conversation;
    }

    /** The form a public page renders: the deployed {@code safety-report} form without its file picker. */
    public FormSchema form() {
        FormSchema form = startForm(latest());
        List<FormComponent> withoutFiles = form.components().stream()
                .filter(c -> !PHOTOS_FIELD.equals(c.key())).toList();
        return new FormSchema(form.id(), form.type(), form.schemaVersion(), form.exporter(), withoutFiles);
    }

    /**
     * Checks and starts an anonymous report. Refused with field errors ({@link FormValidationException}) or a
     * {@link SafetyException}/{@code DocumentRefusedException} for a photo, before anything is stored.
     */
    @Transactional
    public AnonymousReceipt submit(Map<String, ?> submission, List<PhotoUpload> uploads) {
        ProcessDefinition definition = latest();
        FormSchema form = startForm(definition);
        Map<String, Object> fields = new HashMap<>(submission);
        fields.remove(PHOTOS_FIELD);
        FormValidation validation = validator.validate(form, fields, Map.of());
        if (!validation.isValid()) {
            throw new FormValidationException(validation.errors());
        }
        if (uploads.size() > MAX_PHOTOS) {
            throw new SafetyException("safety.error.tooManyPhotos", 400, String.valueOf(uploads.size()), MAX_PHOTOS);
        }
        List<CleanPhoto> clean = uploads.stream().map(this::sanitise).toList();
        VariableMap variables = SubmittedVariables.of(form, validation.values());
        ProcessInstance instance = withoutEngineUser(() -> runtime.startProcessInstanceById(definition.getId(),
                variables));
        String caseNumber = records.findByProcessInstance(instance.getId()).map(CaseSummary::caseNumber)
                .orElseThrow(() -> new IllegalStateException("no case file for " + instance.getId()));
        for (int i = 0; i < clean.size(); i++) {
            CleanPhoto photo = clean.get(i);
            attachments.filePublicUpload(caseNumber, instance.getId(), photo.filename(i + 1),
                    photo.type().mediaType(), photo.content(), "safety:" + caseNumber + ":photo:" + (i + 1));
        }
        return new AnonymousReceipt(caseNumber, trackingCodes.issue(caseNumber));
    }

    /** The status behind a tracking code; a wrong code is refused with 404 like any other. */
    @Transactional(readOnly = true)
    public ReportStatus status(String trackingCode) {
        String caseNumber = trackingCodes.caseOf(trackingCode).orElseThrow(SafetyException::unknownTrackingCode);
        CaseProgress progress = records.progress(caseNumber).orElseThrow(SafetyException::unknownTrackingCode);
        return new ReportStatus(caseNumber, progress.status(), progress.stage(), progress.createdAt(),
                progress.closedAt(), conversation.forReporter(trackingCode));
    }

    /** The reporter answers the officers' question (or adds to the report). */
    @Transactional
    public ConversationEntry answer(String trackingCode, String text) {
        return conversation.answer(trackingCode, text);
    }

    private CleanPhoto sanitise(PhotoUpload upload) {
        try (InputStream content = upload.open()) {
            return photos.sanitise(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withoutEngineUser(java.util.function.Supplier<T> work) {
        Authentication before = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (before != null) {
                identity.setAuthentication(before);
            }
        }
    }

    private FormSchema startForm(ProcessDefinition definition) {
        return forms.startForm(definition.getId())
                .orElseThrow(() -> new IllegalStateException(PROCESS_KEY + " has no start form"));
    }

    private ProcessDefinition latest() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().active().singleResult();
        if (definition == null) {
            throw new IllegalStateException("The process " + PROCESS_KEY + " is not deployed");
        }
        return definition;
    }
}
