package vn.unioncare.documents.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import vn.unioncare.documents.PdfDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;

/** Lays out the collected content on A4 pages, numbers the pages (unless the pattern is blank) and writes the file. */
public final class PdfRenderer {

    private static final String AUTHOR = "UnionCare";
    private static final float PAGE_NUMBER_SIZE = 9;

    private final String title;
    private final String subject;
    private final String pageNumberPattern;
    private final PDRectangle format;

    public PdfRenderer(String title, String subject, String pageNumberPattern) {
        this(title, subject, pageNumberPattern, false);
    }

    public PdfRenderer(String title, String subject, String pageNumberPattern, boolean landscape) {
        this.title = title;
        this.subject = subject;
        this.pageNumberPattern = pageNumberPattern;
        this.format = landscape ? PageCursor.A4_LANDSCAPE : PageCursor.A4;
    }

    public byte[] render(List<PdfElement> elements) {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            try (PageCursor cursor = new PageCursor(document, format)) {
                cursor.newPage();
                for (PdfElement element : elements) {
                    render(element, cursor, fonts);
                }
            }
            numberPages(document, fonts.get(PdfFonts.Face.REGULAR));
            describe(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF " + title, e);
        }
    }

    private static void render(PdfElement element, PageCursor cursor, PdfFonts fonts) {
        if (element instanceof PdfElement.Paragraph p) {
            new BlockLayout(cursor, fonts).render(List.of(new PdfDocument.Block(p.text(), 1, p.style())), false);
            cursor.moveDown(p.spaceAfter());
        } else if (element instanceof PdfElement.SideBySide s) {
            new BlockLayout(cursor, fonts).render(s.blocks(), true);
            cursor.moveDown(6);
        } else if (element instanceof PdfElement.Table t) {
            new TableLayout(cursor, fonts, t.columns()).render(t.rows());
        } else if (element instanceof PdfElement.Space s) {
            cursor.moveDown(s.points());
        } else if (element instanceof PdfElement.PageBreak) {
            cursor.ensure(Float.MAX_VALUE);
        }
    }

    private void numberPages(PDDocument document, PdfFont font) throws IOException {
        if (pageNumberPattern.isBlank()) {
            return;
        }
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            String text = font.printable(pageNumberPattern.replace("{0}", String.valueOf(i + 1))
                    .replace("{1}", String.valueOf(count)));
            float x = (page.getMediaBox().getWidth() - font.width(text, PAGE_NUMBER_SIZE)) / 2;
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginText();
                stream.setFont(font.pdfont(), PAGE_NUMBER_SIZE);
                stream.newLineAtOffset(x, PageCursor.BOTTOM / 2);
                stream.showText(text);
                stream.endText();
            }
        }
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(AUTHOR);
        info.setCreator(AUTHOR);
        if (subject != null) {
            info.setSubject(subject);
        }
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage("vi");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
