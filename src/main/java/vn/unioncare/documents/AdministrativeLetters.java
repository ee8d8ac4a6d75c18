package vn.unioncare.documents;

import org.springframework.stereotype.Component;
import vn.unioncare.documents.PdfDocument.Align;
import vn.unioncare.documents.PdfDocument.Block;
import vn.unioncare.documents.PdfDocument.Line;
import vn.unioncare.documents.PdfDocument.TextStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints an {@link AdministrativeLetter} as an A4 PDF: heading with issuer and national motto, title and subtitle,
 * legal basis, body, and at the end the recipients beside the signer. Long bodies continue on further pages; the
 * closing block is never split. Thread-safe.
 */
@Component
public class AdministrativeLetters {

    private static final TextStyle TITLE = OfficialLayout.CENTRED_BOLD.withSize(14);
    private static final TextStyle SUBTITLE = OfficialLayout.CENTRED_BOLD.withSize(12);
    private static final TextStyle BASIS = OfficialLayout.TEXT.withItalic();
    private static final TextStyle RECIPIENTS_LABEL = new TextStyle(10.5f, true, true, Align.LEFT);
    private static final TextStyle RECIPIENT = new TextStyle(9.5f, false, false, Align.LEFT);
    private static final float SUBTITLE_RULE = 0.35f;

    public byte[] render(AdministrativeLetter letter) {
        PdfDocument pdf = PdfDocument.a4(Texts.nfc(letter.title() + " " + letter.heading().documentNumber()))
                .subject(Texts.nfc(letter.heading().issuingUnion()));
        OfficialLayout.heading(pdf, letter.heading());
        pdf.space(10);
        List<Line> titles = new ArrayList<>(List.of(Line.of(Texts.upper(letter.title()), TITLE)));
        if (letter.subtitle() != null && !letter.subtitle().isBlank()) {
            titles.add(Line.of(letter.subtitle(), SUBTITLE).withRule(SUBTITLE_RULE));
        }
        pdf.lines(titles).space(4);
        if (letter.authority() != null && !letter.authority().isBlank()) {
            pdf.paragraph(Texts.upper(letter.authority()), OfficialLayout.CENTRED_BOLD);
        }
        letter.legalBases().forEach(basis -> pdf.paragraph(basis, BASIS));
        if (letter.enactingPhrase() != null && !letter.enactingPhrase().isBlank()) {
            pdf.paragraph(Texts.upper(letter.enactingPhrase()), OfficialLayout.CENTRED_BOLD);
        }
        letter.body().forEach(paragraph -> pdf.paragraph(paragraph, OfficialLayout.TEXT));
        pdf.space(10).sideBySide(List.of(recipients(letter.recipients()),
                OfficialLayout.signature(letter.signer(), null, 1)));
        return pdf.toBytes();
    }

    private static Block recipients(List<String> recipients) {
        if (recipients.isEmpty()) {
            return new Block(List.of(Line.blank(RECIPIENT)), 1);
        }
        List<Line> lines = new ArrayList<>(List.of(Line.of("Nơi nhận:", RECIPIENTS_LABEL)));
        recipients.forEach(recipient -> lines.add(Line.of("- " + recipient, RECIPIENT)));
        return new Block(lines, 1);
    }
}
