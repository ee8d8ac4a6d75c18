package vn.unioncare.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The heading of an official union document (Decree 30/2020/ND-CP as unions use it): on the left the superior union
 * over the issuing union and the document number, on the right the national motto over the place and date.
 *
 * @param superiorUnion  the union above the issuer, e.g. "Liên đoàn Lao động Thành phố Hà Nội", or "Tổng Liên đoàn
 *                       Lao động Việt Nam" when the city federation issues; null or blank when there is none
 * @param issuingUnion   the union that issues the document
 * @param documentNumber the number without "Số:", e.g. "15/QĐ-CĐCS" (see {@link DocumentNumbers})
 * @param place          where it is issued, e.g. "Hà Nội"
 */
public record OfficialHeading(String superiorUnion, String issuingUnion, String documentNumber, String place,
                              LocalDate date) {

    public OfficialHeading {
        superiorUnion = superiorUnion == null ? "" : superiorUnion;
        Texts.requireText(issuingUnion, "issuingUnion");
        Texts.requireText(documentNumber, "documentNumber");
        Texts.requireText(place, "place");
        Objects.requireNonNull(date, "date");
    }
}
