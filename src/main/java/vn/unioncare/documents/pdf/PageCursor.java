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
 * Where the next line goes: A4 pages, portrait or landscape, with the margins of Vietnamese administrative documents
 * (left 30 mm, right, top and bottom 20 mm), a new page when the next piece does not fit, and the drawing primitives on
 * the current page.
 */
public final class PageCursor implements AutoCloseable {

    static final PDRectangle A4 = PDRectangle.A4;
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(A4.getHeight(), A4.getWidth());
    private static final float MM = 72f / 25.4f;
    static final float LEFT = 30 * MM;
    static final float RIGHT = 20 * MM;
    static final float TOP = 20 * MM;
    /** Room for the page number below the text. */
    static final float BOTTOM = 25 * MM;

    private final PDDocument document;
    private final PDRectangle format;
    private PDPageContentStream stream;
    private float y;
    private boolean pageIsEmpty;

    PageCursor(PDDocument document, PDRectangle format) {
        this.document = document;
        this.format = format;
    }

    public float left() {
        return LEFT;
    }

    public float width() {
        return format.getWidth() - LEFT - RIGHT;
    }

    public float y() {
        return y;
    }

    /** Height available for content on a fresh page. */
    public float pageHeight() {
        return format.getHeight() - TOP - BOTTOM;
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
        PDPage page = new PDPage(format);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = format.getHeight() - TOP;
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

    /** Filled black squares of {@code side} points, top-left corners at ({@code x[i]}, {@code top[i]}), as one path. */
    public void squares(float[] x, float[] top, float side) {
        try {
            for (int i = 0; i < x.length; i++) {
                stream.addRect(x[i], top[i] - side, side, side);
            }
            stream.fill();
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
