package vn.unioncare.documents;

import vn.unioncare.documents.pdf.PdfElement;
import vn.unioncare.documents.pdf.PdfRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds an A4 PDF (portrait, or landscape for a certificate) in Vietnamese (or any language DejaVu Sans covers): title, headings, word-wrapped paragraphs,
 * side-by-side blocks of differently styled lines with rules under them (the heading and signer blocks of a letter)
 * and tables whose header row repeats after a page break, with "Trang x/y" page numbers and the fonts embedded as
 * subsets. Text is normalised to NFC; characters the font lacks print as "?". Collect the content, then call
 * {@link #toBytes()}; a builder is not thread-safe.
 */
public final class PdfDocument {

    public enum Align { LEFT, CENTER, RIGHT }

    /** Font size in points, weight, slant and alignment of a piece of text. */
    public record TextStyle(float size, boolean bold, boolean italic, Align align) {

        public static final TextStyle BODY = new TextStyle(11, false, false, Align.LEFT);

        public TextStyle {
            Objects.requireNonNull(align, "align");
            if (size < 4 || size > 72) {
                throw new IllegalArgumentException("font size " + size);
            }
        }

        public TextStyle withBold() {
            return new TextStyle(size, true, italic, align);
        }

        public TextStyle withItalic() {
            return new TextStyle(size, bold, true, align);
        }

        public TextStyle withSize(float points) {
            return new TextStyle(points, bold, italic, align);
        }

        public TextStyle withAlign(Align alignment) {
            return new TextStyle(size, bold, italic, alignment);
        }
    }

    /** A table column: header text, share of the table width relative to the other columns, and cell alignment. */
    public record Column(String header, float weight, Align align) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            requirePositive(weight);
        }

        public static Column of(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }
    }

    /**
     * A line of a block in its own style, wrapped within the block. {@code rule} draws a horizontal rule under it,
     * centred under the text and {@code rule} times its width: 1 underlines it (the national motto), 0.4 is the short
     * rule under an issuing union's name; 0 draws none.
     */
    public record Line(String text, TextStyle style, float rule) {

        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
            if (!(rule >= 0 && rule <= 1)) {
                throw new IllegalArgumentException("rule " + rule);
            }
        }

        public static Line of(String text, TextStyle style) {
            return new Line(text, style, 0);
        }

        /** An empty line of the given style's height, e.g. the room for a signature and seal. */
        public static Line blank(TextStyle style) {
            return of("", style);
        }

        public Line withRule(float share) {
            return new Line(text, style, share);
        }
    }

    /**
     * A square grid of dark and light modules, such as a QR code (quiet zone included), printed {@code size} points
     * wide as vector squares: {@code modules[row][column]} is true for a dark module.
     */
    public record Squares(boolean[][] modules, float size) {

        public Squares {
            Objects.requireNonNull(modules, "modules");
            if (modules.length == 0 || java.util.Arrays.stream(modules).anyMatch(row -> row.length != modules.length)) {
                throw new IllegalArgumentException("modules must be a non-empty square");
            }
            requirePositive(size);
        }
    }

    /**
     * One of several blocks printed next to each other; {@code weight} is its share of the line width. A block may
     * carry a {@code figure} (null for none), printed at its left with the lines beside it (a QR code beside its
     * explanation); the block is at least as tall as the figure.
     */
    public record Block(List<Line> lines, float weight, Squares figure) {

        public Block {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("no lines");
            }
            requirePositive(weight);
        }

        public Block(List<Line> lines, float weight) {
            this(lines, weight, null);
        }

        /** A block of one style; a line break in {@code text} starts a new line. */
        public Block(String text, float weight, TextStyle style) {
            this(List.of(Line.of(text, style)), weight);
        }
    }

    private static void requirePositive(float weight) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight " + weight);
        }
    }

    private static final TextStyle TITLE = new TextStyle(16, true, false, Align.CENTER);
    private static final TextStyle HEADING = new TextStyle(13, true, false, Align.LEFT);

    private final String title;
    private final boolean landscape;
    private final List<PdfElement> elements = new ArrayList<>();
    private String subject;
    private String pageNumberPattern = "Trang {0}/{1}";

    private PdfDocument(String title, boolean landscape) {
        this.title = Objects.requireNonNull(title, "title");
        this.landscape = landscape;
    }

    /** A new A4 document; {@code title} goes into the document properties (author "UnionCare"), not onto the page. */
    public static PdfDocument a4(String title) {
        return new PdfDocument(title, false);
    }

    /** As {@link #a4(String)}, on landscape pages (a certificate). */
    public static PdfDocument a4Landscape(String title) {
        return new PdfDocument(title, true);
    }

    /** The subject in the document properties. */
    public PdfDocument subject(String text) {
        this.subject = text;
        return this;
    }

    /**
     * The footer of every page, {@code {0}} the page and {@code {1}} the page count; "Trang {0}/{1}" by default, a blank
     * pattern prints none.
     */
    public PdfDocument pageNumbers(String pattern) {
        this.pageNumberPattern = Objects.requireNonNull(pattern, "pattern");
        return this;
    }

    /** A large bold centred title line. */
    public PdfDocument title(String text) {
        return add(new PdfElement.Paragraph(text, TITLE, 10));
    }

    /** A bold section heading. */
    public PdfDocument heading(String text) {
        return add(new PdfElement.Paragraph(text, HEADING, 4));
    }

    /** Lines of their own styles across the full width, kept together on one page (a title over its subtitle). */
    public PdfDocument lines(List<Line> lines) {
        return sideBySide(List.of(new Block(lines, 1)));
    }

    public PdfDocument paragraph(String text) {
        return paragraph(text, TextStyle.BODY);
    }

    /** Text wrapped at word boundaries to the page width; a line break in {@code text} starts a new line. */
    public PdfDocument paragraph(String text, TextStyle style) {
        return add(new PdfElement.Paragraph(text, style, 6));
    }

    /**
     * Blocks next to each other on the same lines, each wrapped within its share of the width: the heading bands and
     * signer blocks of an official letter. They stay together on one page unless they are taller than a page.
     */
    public PdfDocument sideBySide(List<Block> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("no blocks");
        }
        return add(new PdfElement.SideBySide(List.copyOf(blocks)));
    }

    /**
     * A table with a bold header row that is printed again at the top of every page the table continues on. Cells
     * wrap within their column; a row taller than what is left of a page continues on the next one.
     */
    public PdfDocument table(List<Column> columns, List<List<String>> rows) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no columns");
        }
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
        return add(new PdfElement.Table(List.copyOf(columns), rows.stream().map(r -> r.stream()
                .map(cell -> cell == null ? "" : cell).toList()).toList()));
    }

    /** Vertical space in points. */
    public PdfDocument space(float points) {
        return add(new PdfElement.Space(points));
    }

    public PdfDocument pageBreak() {
        return add(new PdfElement.PageBreak());
    }

    /** Lays the content out and returns the PDF file. */
    public byte[] toBytes() {
        return new PdfRenderer(title, subject, pageNumberPattern, landscape).render(elements);
    }

    private PdfDocument add(PdfElement element) {
        elements.add(element);
        return this;
    }
}
