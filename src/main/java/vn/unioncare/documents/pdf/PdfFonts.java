package vn.unioncare.documents.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DejaVu Sans from the jasperreports-fonts artifact, which covers every Vietnamese letter with its diacritics, loaded
 * into one document as embedded subsets: only the faces a document uses are embedded, each with only its glyphs.
 */
public final class PdfFonts {

    public enum Face {
        REGULAR("DejaVuSans.ttf"),
        BOLD("DejaVuSans-Bold.ttf"),
        ITALIC("DejaVuSans-Oblique.ttf"),
        BOLD_ITALIC("DejaVuSans-BoldOblique.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        public static Face of(boolean bold, boolean italic) {
            if (bold) {
                return italic ? BOLD_ITALIC : BOLD;
            }
            return italic ? ITALIC : REGULAR;
        }
    }

    private static final String FONT_DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";
    /** The font files, read from the class path once; every document parses its own copy (fonts are not shared). */
    private static final Map<Face, byte[]> FILES = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final Map<Face, PdfFont> loaded = new EnumMap<>(Face.class);

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    public PdfFont get(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                return new PdfFont(PDType0Font.load(document, new ByteArrayInputStream(file(f)), true));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + f.file, e);
            }
        });
    }

    private static byte[] file(Face face) {
        return FILES.computeIfAbsent(face, f -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream(FONT_DIRECTORY + f.file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + f.file + " missing: is jasperreports-fonts on the class path?");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + f.file, e);
            }
        });
    }
}
