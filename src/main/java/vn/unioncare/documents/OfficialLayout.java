package vn.unioncare.documents;

import vn.unioncare.documents.PdfDocument.Align;
import vn.unioncare.documents.PdfDocument.Block;
import vn.unioncare.documents.PdfDocument.Line;
import vn.unioncare.documents.PdfDocument.TextStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts every official document shares, laid out as Decree 30/2020/ND-CP describes them: the heading with the
 * issuer and the national motto, the place and date line, and signature blocks. Sizes are a point or two below the
 * decree's Times New Roman because DejaVu Sans runs wider. Features with documents of their own layout (a
 * certificate) use the heading and signature blocks from here.
 */
public final class OfficialLayout {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    static final TextStyle TEXT = new TextStyle(11.5f, false, false, Align.LEFT);
    static final TextStyle CENTRED = TEXT.withAlign(Align.CENTER);
    static final TextStyle CENTRED_BOLD = CENTRED.withBold();
    static final TextStyle SMALL_CENTRED = CENTRED.withSize(10.5f);

    /** Share of the left (issuer) column in the heading. */
    private static final float ISSUER_WEIGHT = 0.42f;
    private static final float MOTTO_WEIGHT = 0.58f;
    /** The rule under the issuer's name is a third to a half of the name; the motto's is as long as the motto. */
    private static final float SHORT_RULE = 0.4f;
    private static final int SIGNATURE_SPACE_LINES = 4;

    private OfficialLayout() {
    }

    /** Issuer over number on the left, nation and motto over place and date on the right. */
    public static void heading(PdfDocument pdf, OfficialHeading heading) {
        List<Line> issuer = new ArrayList<>();
        if (!heading.superiorUnion().isBlank()) {
            issuer.add(Line.of(Texts.upper(heading.superiorUnion()), SMALL_CENTRED));
        }
        issuer.add(Line.of(Texts.upper(heading.issuingUnion()), SMALL_CENTRED.withBold()).withRule(SHORT_RULE));
        pdf.sideBySide(List.of(
                new Block(issuer, ISSUER_WEIGHT),
                new Block(List.of(Line.of(NATION, SMALL_CENTRED.withBold()),
                        Line.of(MOTTO, CENTRED_BOLD).withRule(1)), MOTTO_WEIGHT)));
        pdf.sideBySide(List.of(
                new Block("Số: " + heading.documentNumber(), ISSUER_WEIGHT, SMALL_CENTRED),
                new Block(placeAndDate(heading.place(), heading.date()), MOTTO_WEIGHT, CENTRED.withItalic())));
    }

    /**
     * "Hà Nội, ngày 05 tháng 02 năm 2026": the decree writes a day below 10 and the months January and February with
     * a leading zero, so that nothing can be added in front of them.
     */
    static String placeAndDate(String place, LocalDate date) {
        String month = date.getMonthValue() <= 2 ? "%02d".formatted(date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return "%s, ngày %02d tháng %s năm %d".formatted(place, date.getDayOfMonth(), month, date.getYear());
    }

    /** Upper-case titles over an optional hint, room for the signature and seal, and the name in bold. */
    static Block signature(List<String> titles, String hint, String name, float weight) {
        List<Line> lines = new ArrayList<>();
        titles.stream().filter(t -> !t.isBlank()).forEach(t -> lines.add(Line.of(Texts.upper(t), CENTRED_BOLD)));
        if (hint != null) {
            lines.add(Line.of(hint, SMALL_CENTRED.withItalic()));
        }
        for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
            lines.add(Line.blank(CENTRED));
        }
        lines.add(Line.of(name, CENTRED_BOLD));
        return new Block(lines, weight);
    }

    public static Block signature(Signer signer, String hint, float weight) {
        return signature(List.of(signer.onBehalfOf(), signer.position()), hint, signer.name(), weight);
    }
}
