package vn.unioncare.training;

import org.springframework.stereotype.Component;
import vn.unioncare.documents.OfficialHeading;
import vn.unioncare.documents.OfficialLayout;
import vn.unioncare.documents.PdfDocument;
import vn.unioncare.documents.PdfDocument.Align;
import vn.unioncare.documents.PdfDocument.Block;
import vn.unioncare.documents.PdfDocument.Line;
import vn.unioncare.documents.PdfDocument.TextStyle;
import vn.unioncare.documents.Signer;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A certificate of a completed course as an A4 landscape PDF: the issuing union's official heading, "GIẤY CHỨNG
 * NHẬN", the holder, the course, its hours and completion date, and at the foot the QR code of the verification page
 * with the code beside it, next to the signature.
 */
@Component
class CertificatePdf {

    private static final TextStyle TITLE = new TextStyle(30, true, false, Align.CENTER);
    private static final TextStyle SUBTITLE = new TextStyle(13, false, true, Align.CENTER);
    private static final TextStyle TEXT = new TextStyle(13, false, false, Align.CENTER);
    private static final TextStyle HOLDER = new TextStyle(20, true, false, Align.CENTER);
    private static final TextStyle COURSE = TEXT.withBold().withSize(15);
    private static final TextStyle CODE = new TextStyle(10.5f, false, false, Align.LEFT);
    private static final TextStyle CODE_BOLD = CODE.withBold().withSize(12);
    private static final float QR_SIZE = 82;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    byte[] render(CertificateRequest request, OfficialHeading heading, String verificationCode, String verifyUrl) {
        PdfDocument pdf = PdfDocument.a4Landscape("Giấy chứng nhận " + VerificationCodes.display(verificationCode))
                .subject(request.courseTitle())
                .pageNumbers("");
        OfficialLayout.heading(pdf, heading);
        pdf.space(14)
                .lines(List.of(Line.of("GIẤY CHỨNG NHẬN", TITLE),
                        Line.of("Hoàn thành khóa học kỹ năng số", SUBTITLE)))
                .space(8)
                .lines(List.of(Line.of("Chứng nhận đoàn viên", TEXT),
                        Line.of(request.memberName(), HOLDER),
                        Line.of("đã hoàn thành khóa học", TEXT),
                        Line.of(request.courseTitle(), COURSE),
                        Line.of("Thời lượng " + request.hours() + " giờ, hoàn thành ngày "
                                + request.completedOn().format(DATE), TEXT)))
                .space(6)
                .sideBySide(List.of(verification(verificationCode, verifyUrl),
                        OfficialLayout.signature(new Signer("TM. Ban Chấp hành", "Chủ tịch", request.signerName()),
                                null, 1)));
        return pdf.toBytes();
    }

    private static Block verification(String code, String verifyUrl) {
        return new Block(List.of(
                Line.of("Mã xác thực: " + VerificationCodes.display(code), CODE_BOLD),
                Line.of("Quét mã QR hoặc kiểm tra tại " + verifyUrl, CODE)),
                1, new PdfDocument.Squares(QrCodes.modules(verifyUrl), QR_SIZE));
    }
}
