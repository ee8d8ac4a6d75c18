package vn.unioncare.documents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.unioncare.documents.AdministrativeLettersTest.nfd;

class PaymentReceiptsTest {

    private final PaymentReceipts receipts = new PaymentReceipts();
    private final OfficialHeading heading = AdministrativeLettersTest.schoolHeading("03/PC-CĐCS",
            LocalDate.of(2026, 11, 27));
    private final Signer payer = new Signer(null, "Người chi tiền", "Phạm Thu Hà");

    private PaymentReceipt receipt(String payee, long amount, PaymentReceipt.Method method, String reference) {
        return new PaymentReceipt(heading, PaymentReceipt.SUPPORT, payee, "CĐ-0012345", amount,
                "Hỗ trợ ốm đau theo hồ sơ HT-2026-000001", method, reference, payer);
    }

    @Test
    void aTransferReceiptShowsThePayeeTheAmountInFiguresAndWordsAndBothSignatures() {
        String text = PdfText.of(receipts.render(receipt("Nguyễn Thị Hồng Nhung", 10_000_000,
                PaymentReceipt.Method.TRANSFER, "FT26331000123")));

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 03/PC-CĐCS", "Hà Nội, ngày 27 tháng 11 năm 2026", "GIẤY BIÊN NHẬN TIỀN HỖ TRỢ",
                "Họ và tên người nhận: Nguyễn Thị Hồng Nhung", "Số thẻ đoàn viên: CĐ-0012345",
                "Lý do: Hỗ trợ ốm đau theo hồ sơ HT-2026-000001", "Số tiền: 10.000.000 đồng",
                "Bằng chữ: Mười triệu đồng.", "Hình thức: Chuyển khoản, mã giao dịch FT26331000123");
        List<String> lines = text.lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("NGƯỜI NHẬN TIỀN\\s+NGƯỜI CHI TIỀN"))
                .anySatisfy(line -> assertThat(line).matches("Nguyễn Thị Hồng Nhung\\s+Phạm Thu Hà"));
    }

    @Test
    void aCashReceiptWithDecomposedTextReadsBackComposed() {
        String text = PdfText.of(receipts.render(receipt(nfd("Nguyễn Thị Hồng Nhung"), 1_500_000,
                PaymentReceipt.Method.CASH, null)));

        assertThat(text).contains("Họ và tên người nhận: Nguyễn Thị Hồng Nhung", "Số tiền: 1.500.000 đồng",
                "Bằng chữ: Một triệu năm trăm nghìn đồng.", "Hình thức: Tiền mặt")
                .doesNotContain("mã giao dịch", nfd("Nguyễn"));
    }

    @Test
    void aTransferWithoutReferenceAndAnAmountOutOfRangeAreRefused() {
        assertThatThrownBy(() -> receipt("Nguyễn Văn An", 1_000_000, PaymentReceipt.Method.TRANSFER, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> receipt("Nguyễn Văn An", 0, PaymentReceipt.Method.CASH, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> receipt("Nguyễn Văn An", 1_000_000_000_000L, PaymentReceipt.Method.CASH, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
