package vn.unioncare.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.common.RefusedException;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.documents.DocumentRefusedException;
import vn.unioncare.documents.DocumentType;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.forms.UploadTexts;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The documents of one case: a lazy list with download links, and an upload. Both go through
 * {@link CaseAttachments}, so access is checked again at every download and upload, not only when the page opened.
 * The upload component's own limits (size, types) only spare the user a pointless transfer; the server decides.
 */
class AttachmentsPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeConfiguration.HANOI);
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final transient CaseAttachments attachments;
    private final String caseNumber;
    private final Grid<StoredDocument> grid = new Grid<>();
    private final Upload upload = new Upload();
    private final Span problem = new Span();

    AttachmentsPanel(CaseAttachments attachments, String caseNumber) {
        this.attachments = attachments;
        this.caseNumber = caseNumber;
        setPadding(false);
        setWidthFull();
        configureGrid();
        configureUpload();
        problem.setId("documents-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        Span hint = new Span(getTranslation("documents.upload.hint", attachments.maxUploadSize() / MEGABYTE));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        add(grid, upload, hint, problem);
    }

    private void configureGrid() {
        grid.setId("case-documents");
        grid.setWidthFull();
        grid.setHeight("18em");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("documents.empty"));
        grid.addComponentColumn(this::entry).setKey("document").setHeader(getTranslation("documents.title"));
        grid.setItems(query -> attachments.list(caseNumber, query.getOffset(), query.getLimit()).stream(),
                query -> (int) attachments.count(caseNumber));
    }

    /** Name as a download link over a line of facts, so that one column is enough on a phone. */
    private Component entry(StoredDocument document) {
        Anchor link = new Anchor(download(document), document.filename());
        link.setId("document-" + document.id());
        link.getElement().setAttribute("aria-label", getTranslation("documents.download", document.filename()));
        link.getStyle().set("overflow-wrap", "anywhere");
        Span facts = new Span(String.join(" · ", typeName(document), size(document.size()),
                TIME.format(document.createdAt()), document.createdBy(),
                getTranslation("documents.kind." + document.kind())));
        facts.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(link, facts);
    }

    private DownloadHandler download(StoredDocument document) {
        return DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try {
                CaseAttachments.Download file = attachments.download(caseNumber, document.id());
                return new DownloadResponse(file.content().get(), file.filename(), file.mediaType(), file.size());
            } catch (RefusedException gone) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
    }

    private void configureUpload() {
        upload.setId("document-upload");
        upload.setWidthFull();
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxUploadSize()));
        upload.setAcceptedFileTypes(Arrays.stream(DocumentType.values()).filter(DocumentType::uploadable)
                .flatMap(type -> Stream.concat(Stream.of(type.mediaType()),
                        type.extensions().stream().map(extension -> "." + extension)))
                .toArray(String[]::new));
        upload.setI18n(UploadTexts.of(this, attachments.maxUploadSize()));
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
    }

    /** Runs in the upload's request, outside the UI lock: the outcome is shown through {@link UI#access}. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try (InputStream content = event.getInputStream()) {
            StoredDocument stored = attachments.upload(caseNumber, event.getFileName(), content);
            ui.access(() -> uploaded(stored));
        } catch (DocumentRefusedException refused) {
            ui.access(() -> showProblem(getTranslation(refused.messageKey(), refused.arguments().toArray())));
        } catch (RefusedException refused) {
            ui.access(() -> showProblem(getTranslation(refused.messageKey())));
        }
    }

    private void uploaded(StoredDocument stored) {
        problem.setVisible(false);
        upload.clearFileList();
        grid.getDataProvider().refreshAll();
        Notification.show(getTranslation("documents.uploaded", stored.filename()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void showProblem(String message) {
        upload.clearFileList();
        problem.setText(message);
        problem.setVisible(true);
    }

    private String typeName(StoredDocument document) {
        return DocumentType.ofMediaType(document.mediaType()).map(Enum::name).orElse(document.mediaType());
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("documents.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("documents.size.kb", bytes / 1024.0);
        }
        return getTranslation("documents.size.mb", bytes / MEGABYTE);
    }
}
