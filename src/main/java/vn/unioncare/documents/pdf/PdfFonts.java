package vn.unioncare.documents.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * DejaVu Sans from the jasperreports-fonts artifact, which covers every Vietnamese letter with its diacritics, loaded
 * into one document as embedded subsets: only the faces a document uses are embedded, each with only its glyphs.
 * <p>
 * Parsing a face (its character map, glyph names and metrics) cost more than laying out and writing a whole letter, so
 * parsed faces are kept and reused: a parsed {@link TrueTypeFont} is not safe for concurrent use, so each document
 * borrows its own from a pool and gives it back when it is written ({@link #close()}); the pool holds at most as many
 * of a face as documents were ever written at the same time.
 */
public final class PdfFonts implements AutoCloseable {

    public enum Face {
        REGULAR("DejaVuSans.ttf"),
        BOLD("DejaVuSans-Bold.ttf"),
        ITALIC("DejaVuSans-Oblique.ttf"),
        BOLD_ITALIC("DejaVuSans-BoldOblique.ttf");

        private final String file;
        private final Queue<TrueTypeFont> parsed = new ConcurrentLinkedQueue<>();

        Face(String file) {
            this.file = file;
        }

        public static Face of(boolean bold, boolean italic) {
            if (bold) {
                return italic ? BOLD_ITALIC : BOLD;
            }
            return italic ? ITALIC : REGULAR;
        }

        private TrueTypeFont borrow() {
            TrueTypeFont font = parsed.poll();
            return font != null ? font : parse();
        }

        private void giveBack(TrueTypeFont font) {
            parsed.add(font);
        }

        private TrueTypeFont parse() {
            try (InputStream in = PdfFonts.class.getResourceAsStream(FONT_DIRECTORY + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + file + " missing: is jasperreports-fonts on the class path?");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file, e);
            }
        }
    }

    private static final String FONT_DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

    private final PDDocument document;
    private final Map<Face, PdfFont> loaded = new EnumMap<>(Face.class);
    private final Map<Face, TrueTypeFont> borrowed = new EnumMap<>(Face.class);

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    public PdfFont get(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            TrueTypeFont font = f.borrow();
            borrowed.put(f, font);
            try {
                return new PdfFont(PDType0Font.load(document, font, true));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + f.file, e);
            }
        });
    }

    /** Gives the parsed faces back for the next document; call after the document is written (subsets are made then). */
    @Override
    public void close() {
        borrowed.forEach(Face::giveBack);
        borrowed.clear();
    }
}
