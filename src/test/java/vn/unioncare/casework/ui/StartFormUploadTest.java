package vn.unioncare.casework.ui;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.documents.SampleFiles;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.forms.RenderedForm;
import vn.unioncare.security.UserAccountService;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A start form's file picker in the portal: files go up at once, refusals show per file, the case gets the rest. */
@UnionCareSpringTest
class StartFormUploadTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseAttachments attachments;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId("upload-attachments"));
    }

    private static List<String> listed() {
        return _find(_get(Div.class, spec -> spec.withId("files-attachments")), Span.class).stream()
                .map(Span::getText).toList();
    }

    @Test
    void theMemberUploadsFilesSeesARefusalRemovesOneAndTheCaseGetsTheOthers() {
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("start/attachments-request");
        assertThat(upload().getAcceptedFileTypes()).containsExactly(".pdf", ".jpg", ".jpeg", ".png");

        UploadKt._upload(upload(), "Giấy ra viện.pdf", "application/pdf", SampleFiles.pdf());
        UploadKt._upload(upload(), "ảnh.png", "image/png", SampleFiles.png());
        UploadKt._upload(upload(), "giả.pdf", "application/pdf",
                "chỉ là văn bản".getBytes(StandardCharsets.UTF_8));
        assertThat(listed()).hasSize(3).startsWith("Giấy ra viện.pdf", "ảnh.png");
        assertThat(listed().get(2)).startsWith("giả.pdf: Không nhận loại tệp này");

        _click(_get(Button.class, spec -> spec.withText("Gỡ bỏ").withAttribute("aria-label", "Gỡ bỏ ảnh.png")));
        assertThat(listed()).containsExactly("Giấy ra viện.pdf");

        _setValue(_get(TextField.class, spec -> spec.withId(RenderedForm.fieldId("note"))), "Nằm viện 5 ngày");
        _click(_get(Button.class, spec -> spec.withId("submit-request")));

        String accepted = _get(H2.class, spec -> spec.withId("request-accepted")).getText();
        String caseNumber = accepted.replaceAll(".*: ", "");
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertThat(attachments.list(caseNumber)).extracting(StoredDocument::filename)
                    .containsExactly("Giấy ra viện.pdf");
        }
    }

    @Test
    void submittingWithoutTheRequiredFilesShowsTheErrorAtTheField() {
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("start/attachments-request");
        _setValue(_get(TextField.class, spec -> spec.withId(RenderedForm.fieldId("note"))), "Nằm viện");

        _click(_get(Button.class, spec -> spec.withId("submit-request")));

        Div field = _get(Div.class, spec -> spec.withId(RenderedForm.fieldId("attachments")));
        assertThat(((com.vaadin.flow.component.HasValidation) field).isInvalid()).isTrue();
        assertThat(((com.vaadin.flow.component.HasValidation) field).getErrorMessage()).isEqualTo("Trường này bắt buộc");
        assertThat(_find(H2.class, spec -> spec.withId("request-accepted"))).isEmpty();
    }
}
