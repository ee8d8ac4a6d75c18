package vn.unioncare.documents;

import vn.unioncare.common.VndFormat;
import org.springframework.stereotype.Component;
import vn.unioncare.documents.PdfDocument.Line;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link PaymentReceipt} as an A4 PDF: the official heading, the payee and the amount in figures and in
 * words, how it was paid, and the receiver's and payer's signatures side by side. Thread-safe.
 */
@Component
public class PaymentReceipts {

    private static final String SIGN_HINT = "(Ký, ghi rõ họ tên)";

    public byte[] render(PaymentReceipt receipt) {
        PdfDocument pdf = PdfDocument.a4(Texts.nfc(receipt.title() + " " + receipt.heading().documentNumber()))
                .subject(Texts.nfc(receipt.heading().issuingUnion()));
        OfficialLayout.heading(pdf, receipt.heading());
        pdf.space(10).lines(List.of(Line.of(Texts.upper(receipt.title()), OfficialLayout.CENTRED_BOLD.withSize(14))))
                .space(6);
        facts(receipt).forEach(fact -> pdf.paragraph(fact, OfficialLayout.TEXT));
        pdf.space(10).sideBySide(List.of(
                OfficialLayout.signature(List.of("Người nhận tiền"), SIGN_HINT, receipt.payeeName(), 1),
                OfficialLayout.signature(receipt.payer(), SIGN_HINT, 1)));
        return pdf.toBytes();
    }

    private static List<String> facts(PaymentReceipt receipt) {
        List<String> facts = new ArrayList<>();
        facts.add("Họ và tên người nhận: " + receipt.payeeName());
        if (receipt.memberCardNumber() != null && !receipt.memberCardNumber().isBlank()) {
            facts.add("Số thẻ đoàn viên: " + receipt.memberCardNumber());
        }
        facts.add("Lý do: " + receipt.reason());
        facts.add("Số tiền: " + VndFormat.dong(receipt.amount()));
        facts.add("Bằng chữ: " + VietnameseAmountInWords.of(receipt.amount()) + ".");
        facts.add("Hình thức: " + receipt.method().label()
                + (receipt.method() == PaymentReceipt.Method.TRANSFER ? ", mã giao dịch " + receipt.reference() : ""));
        facts.add("Người nhận đã nhận đủ số tiền trên.");
        return facts;
    }
}
