package vn.unioncare.documents;

import java.util.List;
import java.util.Objects;

/**
 * An official letter of a union in the Vietnamese administrative layout: a decision, a referral letter, a
 * recommendation. {@link AdministrativeLetters} prints it.
 *
 * @param title          the kind of document, printed in upper case, e.g. "Quyết định"
 * @param subtitle       what it is about, e.g. "Về việc hỗ trợ đoàn viên có hoàn cảnh khó khăn"; null for none
 * @param authority      who decides, centred above the legal basis, e.g. "Ban Chấp hành Công đoàn cơ sở Trường THCS
 *                       Nghĩa Tân"; null for none
 * @param legalBases     the "Căn cứ ..." lines, printed in italics
 * @param enactingPhrase centred before the body, e.g. "QUYẾT ĐỊNH:"; null for none
 * @param body           the articles or paragraphs, e.g. "Điều 1. Hỗ trợ đoàn viên ..."
 * @param recipients     the "Nơi nhận" list, e.g. "Như Điều 3;", "Lưu: VT."; each printed after a dash
 */
public record AdministrativeLetter(OfficialHeading heading, String title, String subtitle, String authority,
                                   List<String> legalBases, String enactingPhrase, List<String> body,
                                   List<String> recipients, Signer signer) {

    public AdministrativeLetter {
        Objects.requireNonNull(heading, "heading");
        Texts.requireText(title, "title");
        legalBases = Texts.lines(legalBases);
        body = Texts.lines(body);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("body is required");
        }
        recipients = Texts.lines(recipients);
        Objects.requireNonNull(signer, "signer");
    }

    /** A decision ("QUYẾT ĐỊNH") of {@code authority}: subtitle, legal basis, "QUYẾT ĐỊNH:" and its articles. */
    public static AdministrativeLetter decision(OfficialHeading heading, String subtitle, String authority,
                                                List<String> legalBases, List<String> articles,
                                                List<String> recipients, Signer signer) {
        return new AdministrativeLetter(heading, "Quyết định", subtitle, authority, legalBases, "Quyết định:",
                articles, recipients, signer);
    }
}
