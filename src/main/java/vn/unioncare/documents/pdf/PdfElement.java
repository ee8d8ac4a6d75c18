package vn.unioncare.documents.pdf;

import vn.unioncare.documents.PdfDocument;

import java.util.List;

/** The content of a document as {@link PdfDocument} collects it, laid out only when the file is produced. */
public sealed interface PdfElement {

    record Paragraph(String text, PdfDocument.TextStyle style, float spaceAfter) implements PdfElement {
    }

    record SideBySide(List<PdfDocument.Block> blocks) implements PdfElement {
    }

    record Table(List<PdfDocument.Column> columns, List<List<String>> rows) implements PdfElement {
    }

    record Space(float points) implements PdfElement {
    }

    record PageBreak() implements PdfElement {
    }
}
