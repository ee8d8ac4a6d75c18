package vn.unioncare.documents.pdf;

import vn.unioncare.documents.PdfDocument;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A bordered table with a grey header row that repeats at the top of every page the table continues on. A row moves
 * whole to the next page when it fits there; only a row taller than a page is split between pages.
 */
final class TableLayout {

    private static final float SIZE = 9.5f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PADDING = 3.5f;
    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);

    private final PageCursor cursor;
    private final PdfFont regular;
    private final PdfFont bold;
    private final List<PdfDocument.Column> columns;
    private final float[] widths;
    private final List<List<String>> headerLines;
    private final float headerHeight;

    TableLayout(PageCursor cursor, PdfFonts fonts, List<PdfDocument.Column> columns) {
        this.cursor = cursor;
        this.regular = fonts.get(PdfFonts.Face.REGULAR);
        this.bold = fonts.get(PdfFonts.Face.BOLD);
        this.columns = columns;
        this.widths = widths(columns, cursor.width());
        this.headerLines = wrapCells(columns.stream().map(PdfDocument.Column::header).toList(), bold);
        this.headerHeight = height(lineCount(headerLines, 0));
    }

    void render(List<List<String>> rows) {
        cursor.ensure(headerHeight + height(1));
        drawHeader();
        for (List<String> row : rows) {
            renderRow(wrapCells(row, regular));
        }
        cursor.moveDown(8);
    }

    private void renderRow(List<List<String>> cells) {
        int total = Math.max(1, lineCount(cells, 0));
        boolean fitsOnFreshPage = headerHeight + height(total) <= cursor.pageHeight();
        int start = 0;
        while (start < total) {
            int fit = (int) Math.floor((cursor.remaining() - 2 * PADDING) / LEADING);
            int lines = Math.min(fit, total - start);
            if (lines < 1 || fitsOnFreshPage && lines < total) {
                continueOnNewPage();
                continue;
            }
            drawRow(cells, start, lines, null, regular, null);
            start += lines;
            if (start < total) {
                continueOnNewPage();
            }
        }
    }

    private void continueOnNewPage() {
        cursor.newPage();
        drawHeader();
    }

    private void drawHeader() {
        drawRow(headerLines, 0, Math.max(1, lineCount(headerLines, 0)), HEADER_FILL, bold, PdfDocument.Align.CENTER);
    }

    /** Lines {@code from} to {@code from + count} of every cell, as one band of the row. */
    private void drawRow(List<List<String>> cells, int from, int count, Color fill, PdfFont font,
                         PdfDocument.Align alignOverride) {
        float top = cursor.y();
        float height = height(count);
        float x = cursor.left();
        for (int c = 0; c < cells.size(); c++) {
            cursor.box(x, top, widths[c], height, fill);
            List<String> lines = cells.get(c);
            PdfDocument.Align align = alignOverride == null ? columns.get(c).align() : alignOverride;
            for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                cursor.text(lines.get(i), font, SIZE, x + PADDING, widths[c] - 2 * PADDING,
                        top - PADDING - (i - from) * LEADING, align);
            }
            x += widths[c];
        }
        cursor.moveDown(height);
    }

    private List<List<String>> wrapCells(List<String> cells, PdfFont font) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            wrapped.add(TextLines.wrap(cells.get(c), font, SIZE, widths[c] - 2 * PADDING));
        }
        return wrapped;
    }

    private static int lineCount(List<List<String>> cells, int minimum) {
        return cells.stream().mapToInt(List::size).max().orElse(minimum);
    }

    private static float height(int lines) {
        return lines * LEADING + 2 * PADDING;
    }

    private static float[] widths(List<PdfDocument.Column> columns, float tableWidth) {
        double totalWeight = columns.stream().mapToDouble(PdfDocument.Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (float) (tableWidth * columns.get(c).weight() / totalWeight);
        }
        return widths;
    }
}
