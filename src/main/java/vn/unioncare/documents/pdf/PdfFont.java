package vn.unioncare.documents.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/** A loaded font that measures text and makes it printable: NFC, no control characters, "?" for missing glyphs. */
public final class PdfFont {

    private static final String MISSING = "?";

    private final PDFont font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    PdfFont(PDFont font) {
        this.font = font;
    }

    public PDFont pdfont() {
        return font;
    }

    /** Width of {@code text} (already {@link #printable}) in points at {@code size}. */
    public float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distance from the top of a line to its baseline at {@code size}. */
    public float ascent(float size) {
        return font.getFontDescriptor().getAscent() / 1000f * size;
    }

    /** The text in NFC, tabs as spaces, other control characters dropped, glyphs the font lacks as "?". */
    public String printable(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder result = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> {
            if (cp == '\t') {
                result.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                result.appendCodePoint(cp);
            } else {
                result.append(MISSING);
            }
        });
        return result.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
