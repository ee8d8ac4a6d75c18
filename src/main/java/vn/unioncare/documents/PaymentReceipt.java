package vn.unioncare.documents;

import java.util.Objects;

/**
 * A receipt for money a union pays to a member, signed by the receiver and the payer. {@link PaymentReceipts} prints
 * it with the amount in figures and in words.
 *
 * @param title            e.g. "Giấy biên nhận tiền hỗ trợ" ({@link #SUPPORT}) or "Phiếu chi"; printed in upper case
 * @param memberCardNumber the payee's union card number; null when the payee is not a member
 * @param amount           in đồng, 1 to {@link VietnameseAmountInWords#MAX}
 * @param reason           what the money is for, e.g. "Hỗ trợ ốm đau theo hồ sơ HT-2026-000001"
 * @param reference        the bank transaction reference of a transfer; null for cash
 * @param payer            the officer who pays, e.g. position "Người chi tiền" or "Thủ quỹ"
 */
public record PaymentReceipt(OfficialHeading heading, String title, String payeeName, String memberCardNumber,
                             long amount, String reason, Method method, String reference, Signer payer) {

    public static final String SUPPORT = "Giấy biên nhận tiền hỗ trợ";

    public enum Method {
        CASH("Tiền mặt"),
        TRANSFER("Chuyển khoản");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** How the method reads on a receipt. */
        public String label() {
            return label;
        }
    }

    public PaymentReceipt {
        Objects.requireNonNull(heading, "heading");
        Texts.requireText(title, "title");
        Texts.requireText(payeeName, "payeeName");
        if (amount <= 0 || amount > VietnameseAmountInWords.MAX) {
            throw new IllegalArgumentException("amount " + amount);
        }
        Texts.requireText(reason, "reason");
        Objects.requireNonNull(method, "method");
        if (method == Method.TRANSFER) {
            Texts.requireText(reference, "reference of a transfer");
        }
        Objects.requireNonNull(payer, "payer");
    }
}
