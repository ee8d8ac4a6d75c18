package vn.unioncare.casework.ui;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.documents.SampleFiles;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.security.UserAccountService;

import java.io.ByteArrayInputStream;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class AttachmentsPanelTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseAttachments attachments;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private String caseWithADocument(byte[] pdf) {
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            String number = starter.start("foundation-roundtrip", Map.of("note", "Đề nghị")).caseNumber();
            attachments.upload(number, "Giấy ra viện.pdf", new ByteArrayInputStream(pdf));
            return number;
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<StoredDocument> documents() {
        return _get(Grid.class, spec -> spec.withId("case-documents"));
    }

    private static Anchor link(int row) {
        return _get(GridKt._getCellComponent(documents(), row, "document"), Anchor.class, spec -> { });
    }

    @Test
    void theChairSeesTheCasesDocumentAndDownloadsIt() {
        byte[] pdf = SampleFiles.pdf();
        String number = caseWithADocument(pdf);
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().add(new AttachmentsPanel(attachments, number));

        assertThat(GridKt._size(documents())).isEqualTo(1);
        Anchor link = link(0);
        assertThat(link.getText()).isEqualTo("Giấy ra viện.pdf");
        assertThat(_get(GridKt._getCellComponent(documents(), 0, "document"), Span.class, spec -> { }).getText())
                .startsWith("PDF · ").contains(" · member · tệp đính kèm");
        // Karibu renders a cell on its own; attached, its link's download handler is registered as in the grid
        UI.getCurrent().add(link);
        assertThat(DownloadKt._download(link)).isEqualTo(pdf);
    }

    @Test
    void aDownloadChecksAccessWhenItHappens() {
        String number = caseWithADocument(SampleFiles.pdf());
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().add(new AttachmentsPanel(attachments, number));
        Anchor link = link(0);
        UI.getCurrent().add(link);

        // the page stays open while the request comes from someone who may not see the case (Karibu answers an
        // error response with no content)
        SignedIn.as(accounts, "hospital.chair");

        assertThat(DownloadKt._download(link)).isEmpty();
    }

    @Test
    void anUploadIsListedAndADisguisedFileIsRefusedWithAMessage() {
        String number = caseWithADocument(SampleFiles.pdf());
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().add(new AttachmentsPanel(attachments, number));
        Upload upload = _get(Upload.class, spec -> spec.withId("document-upload"));

        UploadKt._upload(upload, "ảnh hiện trường.png", "image/png", SampleFiles.png());
        assertThat(GridKt._size(documents())).isEqualTo(2);
        assertThat(link(0).getText()).isEqualTo("ảnh hiện trường.png");

        UploadKt._upload(upload, "giay-to.pdf", "application/pdf", SampleFiles.html());
        Span problem = _get(Span.class, spec -> spec.withId("documents-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Không nhận loại tệp này");
        assertThat(GridKt._size(documents())).isEqualTo(2);
    }
}
