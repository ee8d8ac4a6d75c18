package vn.unioncare.documents.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.unioncare.documents.PdfDocument;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where the next line goes: A4 pages with the margins of Vietnamese administrative documents (left 30 mm, right,
 * top and bottom 20 mm), a new page when the next piece does not fit, and the drawing primitives on the current page.
 */
public final class PageCursor implements AutoCloseable {

    static final PDRectangle A4 = PDRectangle.A4;
    private static final float MM = 72f / 25.4f;
    static final float LEFT = 30 * MM;
    static final float RIGHT = 20 * MM;
    static final float TOP = 20 * MM;
    /** Room for the page number below the text. */
    static final float BOTTOM = 25 * MM;

    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;
    private boolean pageIsEmpty;

    PageCursor(PDDocument document) {
        this.document = document;
    }

    public float left() {
        return LEFT;
    }

    public float width() {
        return A4.getWidth() - LEFT - RIGHT;
    }

    public float y() {
        return y;
    }

    /** Height available for content on a fresh page. */
    public float pageHeight() {
        return A4.getHeight() - TOP - BOTTOM;
    }

    public float remaining() {
        return stream == null ? 0 : y - BOTTOM;
    }

    public void moveDown(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} still fits on this one (or this page has nothing on it yet). */
    public boolean ensure(float height) {
        if (stream != null && (height <= remaining() || pageIsEmpty)) {
            return false;
        }
        newPage();
        return true;
    }

    public void newPage() {
        closeStream();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = A4.getHeight() - TOP;
        pageIsEmpty = true;
    }

    /**
     * A line of printable text in a box starting at {@code x}, {@code width} wide, its top at {@code top}; returns
     * where the text starts.
     */
    public float text(String line, PdfFont font, float size, float x, float width, float top, PdfDocument.Align align) {
        float lineWidth = font.width(line, size);
        float start = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (width - lineWidth) / 2;
            case RIGHT -> x + width - lineWidth;
        };
        if (line.isEmpty()) {
            return start;
        }
        try {
            stream.beginText();
            stream.setFont(font.pdfont(), size);
            stream.newLineAtOffset(start, top - font.ascent(size));
            stream.showText(line);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pageIsEmpty = false;
        return start;
    }

    /** A thin horizontal rule from {@code x}, {@code width} long, at height {@code y}. */
    public void rule(float x, float y, float width) {
        try {
            stream.setLineWidth(0.6f);
            stream.moveTo(x, y);
            stream.lineTo(x + width, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pageIsEmpty = false;
    }

    /** A rectangle with its top-left corner at ({@code x}, {@code top}), filled when {@code fill} is not null. */
    public void box(float x, float top, float width, float height, Color fill) {
        try {
            if (fill != null) {
                stream.setNonStrokingColor(fill);
                stream.addRect(x, top - height, width, height);
                stream.fill();
                stream.setNonStrokingColor(Color.BLACK);
            }
            stream.setLineWidth(0.5f);
            stream.addRect(x, top - height, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pageIsEmpty = false;
    }

    @Override
    public void close() {
        closeStream();
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
