package vn.unioncare.safety.ui;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.documents.SampleFiles;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.forms.FieldLookup;
import vn.unioncare.forms.FormComponent;
import vn.unioncare.safety.AnonymousReportSteps;
import vn.unioncare.safety.AnonymousReports;
import vn.unioncare.security.UserAccountService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.forms.RenderedForm.fieldId;

/** Reporting without an account on /report: the deployed form, photos, and the tracking code shown once. */
@UnionCareSpringTest
class ReportViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AnonymousReports reports;
    @Autowired
    CaseAttachments attachments;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openAsAVisitor() {
        KaribuUi.openAnonymous(context, "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255));
        UI.getCurrent().navigate("report");
    }

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private long reportsSaved() {
        return jdbc.queryForObject("select count(*) from safety_report", Long.class);
    }

    @SuppressWarnings("unchecked")
    private void fillInAHazardAtTheSchool(String description) {
        FormComponent.Option school = context.getBeansOfType(FieldLookup.class).values().stream()
                .filter(lookup -> "union".equals(lookup.name())).findFirst().orElseThrow()
                .choice(AnonymousReportSteps.SCHOOL_UNION).orElseThrow();
        _setValue(_get(ComboBox.class, spec -> spec.withId(fieldId("workplaceUnion"))), school);
        _setValue(_get(TextField.class, spec -> spec.withId(fieldId("employerName"))), "Trường THCS Nghĩa Tân");
        _setValue(_get(TextField.class, spec -> spec.withId(fieldId("place"))), "Phòng thí nghiệm hóa, tầng 3");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId(fieldId("occurredAt"))),
                LocalDateTime.now(TimeConfiguration.HANOI).minusHours(2).truncatedTo(ChronoUnit.MINUTES));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(fieldId("reportType"))), "hazard");
        _setValue(_get(TextArea.class, spec -> spec.withId(fieldId("description"))), description);
    }

    private static void submit() {
        _click(_get(Button.class, spec -> spec.withId("submit-report")));
    }

    private static String photoList() {
        return _get(Div.class, spec -> spec.withId("report-photo-list")).getElement().getTextRecursively();
    }

    @Test
    void aVisitorReportsAHazardWithAPhotoAndIsShownTheTrackingCodeOnce() {
        fillInAHazardAtTheSchool("Tủ hóa chất không có khóa, học sinh mở được");
        Upload upload = _get(Upload.class, spec -> spec.withId("upload-photos"));
        UploadKt._upload(upload, "IMG_0042.png", "image/png", SampleFiles.png());
        UploadKt._upload(upload, "ghi-chu.png", "image/png", "không phải ảnh".getBytes(StandardCharsets.UTF_8));
        assertThat(photoList()).contains("IMG_0042.png")
                .contains("ghi-chu.png: Tệp này không phải là ảnh. Chỉ nhận ảnh JPEG hoặc PNG.");

        submit();

        String accepted = _get(H2.class, spec -> spec.withId("report-accepted")).getText();
        assertThat(accepted).matches("Đã nhận báo cáo AT-\\d{4}-\\d{6}");
        String caseNumber = accepted.substring(accepted.lastIndexOf(' ') + 1);
        String code = _get(Div.class, spec -> spec.withId("tracking-code")).getText();
        assertThat(code).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        assertThat(_get(Paragraph.class, spec -> spec.withId("tracking-code-explained")).getText())
                .contains("chỉ hiện một lần");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-track-link")).getHref()).isEqualTo("track");
        assertThat(reports.status(code).caseNumber()).isEqualTo(caseNumber);
        try (SignedIn ignored = SignedIn.as(accounts, "admin")) {
            assertThat(attachments.list(caseNumber)).extracting(StoredDocument::filename)
                    .containsExactly("photo-1.png");
        }

        UI.getCurrent().navigate("track");
        UI.getCurrent().navigate("report");
        assertThat(_find(Div.class, spec -> spec.withId("tracking-code"))).isEmpty();
    }

    @Test
    void missingFieldsAreShownAtTheFieldsAndNothingIsSaved() {
        long before = reportsSaved();
        _setValue(_get(TextField.class, spec -> spec.withId(fieldId("employerName"))), "Xưởng in Cầu Giấy");
        _setValue(_get(TextArea.class, spec -> spec.withId(fieldId("description"))), "ngắn");

        submit();

        TextArea description = _get(TextArea.class, spec -> spec.withId(fieldId("description")));
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isNotBlank();
        TextField place = _get(TextField.class, spec -> spec.withId(fieldId("place")));
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Trường này bắt buộc");
        assertThat(_find(H2.class, spec -> spec.withId("report-accepted"))).isEmpty();
        assertThat(reportsSaved()).isEqualTo(before);
    }

    @Test
    void anIncidentInTheFutureIsRefusedAtItsFieldAndNothingIsSaved() {
        long before = reportsSaved();
        fillInAHazardAtTheSchool("Giàn giáo lắp sai, không có lan can");
        DateTimePicker occurredAt = _get(DateTimePicker.class, spec -> spec.withId(fieldId("occurredAt")));
        _setValue(occurredAt, LocalDateTime.now(TimeConfiguration.HANOI).plusDays(2).truncatedTo(ChronoUnit.MINUTES));

        submit();

        assertThat(occurredAt.isInvalid()).isTrue();
        assertThat(occurredAt.getErrorMessage()).isEqualTo("Thời điểm xảy ra không thể ở tương lai");
        assertThat(_find(H2.class, spec -> spec.withId("report-accepted"))).isEmpty();
        assertThat(reportsSaved()).isEqualTo(before);
    }
}
