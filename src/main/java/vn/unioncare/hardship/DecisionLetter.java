package vn.unioncare.hardship;

import vn.unioncare.common.VndFormat;
import vn.unioncare.documents.AdministrativeLetter;
import vn.unioncare.documents.OfficialHeading;
import vn.unioncare.documents.Signer;
import vn.unioncare.documents.VietnameseAmountInWords;

import java.util.List;

/**
 * The text of the decision letter of an approved hardship request, from the facts it states (names as printed,
 * labels already in Vietnamese). {@link HardshipDocuments} files it with the case; the benchmark prints it too.
 *
 * @param issuer     the approving union, e.g. "Công đoàn phường Cầu Giấy"
 * @param grassroots the member's grassroots union
 * @param payer      the union that pays from its fund
 * @param grassrootsPays whether the payer is the member's grassroots union
 * @param reason     the support type's label, e.g. "Ốm đau, bệnh hiểm nghèo"
 * @param method     the payment method's label, e.g. "Chuyển khoản"
 * @param fundYear   the year of the fund paid from
 */
public record DecisionLetter(String caseNumber, String issuer, String grassroots, String payer, boolean grassrootsPays,
                             String memberName, String cardNumber, long amount, String reason, String method, int fundYear,
                             String signerName) {

    public AdministrativeLetter letter(OfficialHeading heading) {
        return AdministrativeLetter.decision(heading,
                "Về việc hỗ trợ đoàn viên có hoàn cảnh khó khăn",
                "Ban Chấp hành " + issuer,
                List.of("Căn cứ Luật Công đoàn năm 2024;",
                        "Căn cứ Điều lệ Công đoàn Việt Nam;",
                        "Căn cứ quy chế chi tiêu nội bộ của " + issuer + ";",
                        "Xét đề nghị của " + grassroots + " tại hồ sơ " + caseNumber + "."),
                List.of("Điều 1. Hỗ trợ đoàn viên " + memberName + " (thẻ đoàn viên số " + cardNumber + "), "
                                + grassroots + ", số tiền " + VndFormat.dong(amount) + " ("
                                + VietnameseAmountInWords.of(amount) + "). Lý do: " + reason + ".",
                        "Điều 2. Nguồn chi: quỹ hỗ trợ đoàn viên năm " + fundYear + " của " + payer
                                + ". Hình thức nhận: " + method + ".",
                        "Điều 3. Quyết định có hiệu lực kể từ ngày ký. " + responsible()
                                + " và đoàn viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."),
                List.of("Như Điều 3;", "Lưu: VT."),
                new Signer("TM. Ban Chấp hành", "Chủ tịch", signerName));
    }

    private String responsible() {
        String finance = "Bộ phận tài chính của " + payer;
        return grassrootsPays ? finance : finance + ", " + grassroots;
    }
}
