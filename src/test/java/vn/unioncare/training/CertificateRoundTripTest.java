package vn.unioncare.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.DemoUnits;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.common.RefusedException;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A certificate from issue to public verification: the PDF filed with the case reads back with the holder's name in
 * Vietnamese, the course and the code, its QR code opens the verification page, and the page and the API confirm it,
 * say "not found" alike for unknown and malformed codes, and "revoked" once a coordinator revoked it.
 */
@UnionCareSpringTest
class CertificateRoundTripTest {

    private static final String HOLDER = "Nguyễn Văn An";
    private static final LocalDate COMPLETED = LocalDate.of(2026, 3, 5);
    private static final String NOT_FOUND = "Không tìm thấy giấy chứng nhận với mã này. Hãy kiểm tra lại mã "
            + "(12 ký tự, ví dụ 7K2M-9QXR-4D8P).";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseAttachments attachments;
    @Autowired
    OrganisationService organisation;
    @Autowired
    Certificates certificates;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${unioncare.public-url}")
    String publicUrl;

    /** A client of its own per test (documentation addresses), so that the tests do not share a rate limit. */
    private final String client = "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private String startCaseOfTheDemoMember() {
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            return starter.start("foundation-roundtrip", Map.of("note", "khóa học kỹ năng số")).caseNumber();
        }
    }

    private CertificateRequest request(String caseNumber, String course) {
        long memberId = accounts.loadUser("member").orElseThrow().memberId();
        String ward = organisation.findByCode(DemoUnits.WARD).orElseThrow().nameVi();
        return new CertificateRequest(caseNumber, memberId, HOLDER, course, 12, COMPLETED, ward, "Phạm Thu Trang");
    }

    private IssuedCertificate issue(String course) {
        return certificates.issue(request(startCaseOfTheDemoMember(), course));
    }

    @Test
    void theCertificateReadsBackAndItsQrCodeOpensThePageThatConfirmsIt() throws Exception {
        IssuedCertificate issued = issue("Nhận diện lừa đảo trực tuyến");
        String code = issued.verificationCode();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{12}");

        byte[] pdf = downloadAsTheMember(issued);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("GIẤY CHỨNG NHẬN", HOLDER, "Nhận diện lừa đảo trực tuyến", "12 giờ",
                    "05/03/2026", VerificationCodes.display(code), "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI",
                    "CÔNG ĐOÀN PHƯỜNG CẦU GIẤY", "Phạm Thu Trang").doesNotContain("?");

            assertThat(qrPayload(new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB)))
                    .isEqualTo(publicUrl + "/verify/" + code);
        }

        KaribuUi.openAnonymous(context, client);
        UI.getCurrent().navigate("verify/" + code);
        assertThat(text("verify-status")).isEqualTo("Giấy chứng nhận hợp lệ.");
        assertThat(fact("verify-holder")).isEqualTo(HOLDER);
        assertThat(fact("verify-course")).isEqualTo("Nhận diện lừa đảo trực tuyến");
        assertThat(fact("verify-hours")).isEqualTo("12 giờ");
        assertThat(fact("verify-completed")).isEqualTo("05/03/2026");
        assertThat(fact("verify-union")).isEqualTo("Công đoàn phường Cầu Giấy");
        assertThat(fact("verify-code")).isEqualTo(VerificationCodes.display(code));
        assertThat(_find(Span.class)).extracting(Span::getText)
                .as("nothing else about the member").noneMatch(t -> t.contains("CS-THCS") || t.contains("@"));
    }

    @Test
    void aCodeTypedWithDashesInLowerCaseIsFoundToo() {
        IssuedCertificate issued = issue("Dịch vụ công trực tuyến và VNeID");
        KaribuUi.openAnonymous(context, client);
        UI.getCurrent().navigate("verify");
        assertThat(_find(Span.class, spec -> spec.withId("verify-holder"))).isEmpty();

        type(" " + VerificationCodes.display(issued.verificationCode()).toLowerCase(java.util.Locale.ROOT) + " ");

        assertThat(fact("verify-course")).isEqualTo("Dịch vụ công trực tuyến và VNeID");
    }

    @Test
    void unknownAndMalformedCodesGetTheSameNotFound() {
        KaribuUi.openAnonymous(context, client);
        for (String code : List.of("0000-0000-0000", "ZZZZZZZZZZZZ", "xin-chào", "'; drop table x --", "U".repeat(60))) {
            UI.getCurrent().navigate("verify/" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(text("verify-not-found")).as(code).isEqualTo(NOT_FOUND);
            assertThat(_find(Span.class, spec -> spec.withId("verify-holder"))).isEmpty();
            type(code);
            assertThat(text("verify-not-found")).as(code).isEqualTo(NOT_FOUND);
        }
    }

    @Test
    void issuingTwiceForOneCaseGivesOneCertificateWithTheSameCode() {
        String caseNumber = startCaseOfTheDemoMember();
        IssuedCertificate first = certificates.issue(request(caseNumber, "Kỹ năng dùng điện thoại thông minh và Zalo"));
        IssuedCertificate again = certificates.issue(request(caseNumber, "Kỹ năng dùng điện thoại thông minh và Zalo"));

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from training_certificate where case_number = ?",
                Long.class, caseNumber)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from stored_document where owner_key = ?",
                Long.class, CaseAttachments.ownerKey(caseNumber))).isEqualTo(1);
        assertThat(certificates.forCase(caseNumber)).contains(first);
    }

    @Test
    void theCaseOfAnotherUnionShowsNoCertificateToItsOfficers() {
        IssuedCertificate issued = issue("Ứng dụng AI trong công việc");
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(certificates.forCase(issued.caseNumber())).contains(issued);
        }
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            assertThat(certificates.forCase(issued.caseNumber())).isEmpty();
        }
    }

    @Test
    void theApiConfirmsAKnownCodeAndAnswers404ForUnknownOnesWithoutAnAccount() throws Exception {
        IssuedCertificate issued = issue("Tin học văn phòng cơ bản");

        ResponseEntity<JsonNode> found = get(issued.verificationCode().toLowerCase(java.util.Locale.ROOT));
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = found.getBody();
        assertThat(body.get("status").asText()).isEqualTo("VALID");
        assertThat(body.get("holderName").asText()).isEqualTo(HOLDER);
        assertThat(body.get("courseTitle").asText()).isEqualTo("Tin học văn phòng cơ bản");
        assertThat(body.get("hours").asInt()).isEqualTo(12);
        assertThat(body.get("completedOn").asText()).isEqualTo("2026-03-05");
        assertThat(body.get("verificationCode").asText()).isEqualTo(VerificationCodes.display(issued.verificationCode()));
        assertThat(body.fieldNames()).toIterable().doesNotContain("memberId", "caseNumber", "documentId");

        for (String unknown : List.of("0000-0000-0000", "not-a-code")) {
            ResponseEntity<JsonNode> missing = get(unknown);
            assertThat(missing.getStatusCode()).as(unknown).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(missing.getBody().get("_body").asText()).isEqualTo(NOT_FOUND);
        }
    }

    @Test
    void aCoordinatorRevokesACertificateAndThePageAndApiSaySo() {
        IssuedCertificate issued = issue("Nhận diện lừa đảo trực tuyến");
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            assertThatThrownBy(() -> certificates.revoke(issued.caseNumber(), "nhầm người"))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.messageKey()).isEqualTo("error.notFoundOrNoAccess");
                    });
        }
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.training")) {
            assertThatThrownBy(() -> certificates.revoke(issued.caseNumber(), "  "))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.status()).isEqualTo(422));
            certificates.revoke(issued.caseNumber(), "Cấp nhầm: đoàn viên chưa làm bài kiểm tra");
        }
        assertThat(jdbc.queryForMap("select revoked_by, revoke_reason from training_certificate where case_number = ?",
                issued.caseNumber())).containsEntry("REVOKED_BY", "hlf.training")
                .containsEntry("REVOKE_REASON", "Cấp nhầm: đoàn viên chưa làm bài kiểm tra");

        KaribuUi.openAnonymous(context, client);
        UI.getCurrent().navigate("verify/" + issued.verificationCode());
        assertThat(text("verify-status")).startsWith("Giấy chứng nhận này đã bị thu hồi ngày ")
                .endsWith(" và không còn giá trị.");
        assertThat(fact("verify-holder")).isEqualTo(HOLDER);
        assertThat(get(issued.verificationCode()).getBody().get("status").asText()).isEqualTo("REVOKED");
    }

    @Test
    void theVisitorIsToldToWaitAfterThirtyLookUpsAMinute() {
        KaribuUi.openAnonymous(context, client);
        UI.getCurrent().navigate("verify");
        for (int i = 0; i < 30; i++) {
            type("0000-0000-0000");
            assertThat(text("verify-not-found")).isEqualTo(NOT_FOUND);
        }
        type("0000-0000-0000");
        assertThat(text("verify-refused")).matches("Bạn đã tra cứu quá nhiều lần\\. Hãy thử lại sau \\d+ giây\\.");
    }

    private byte[] downloadAsTheMember(IssuedCertificate issued) throws IOException {
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            assertThat(attachments.list(issued.caseNumber())).extracting(StoredDocument::id)
                    .contains(issued.documentId());
            try (InputStream in = attachments.download(issued.caseNumber(), issued.documentId()).content().get()) {
                return in.readAllBytes();
            }
        }
    }

    private static String qrPayload(BufferedImage image) throws NotFoundException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private ResponseEntity<JsonNode> get(String code) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", client);
        return rest.exchange("/api/v1/certificates/{code}", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class,
                code);
    }

    private static void type(String code) {
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("verify-code-field")), code);
        _click(_get(Button.class, spec -> spec.withId("verify-open")));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static String fact(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
