package vn.unioncare.documents.pdf;

import vn.unioncare.documents.PdfDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks next to each other, each a column of differently styled lines wrapped within its share of the width. Row
 * {@code n} of every block starts at the same height; a row is as tall as its largest text, plus room for a rule.
 */
final class BlockLayout {

    private static final float LEADING = 1.35f;
    /** Distance of a rule below the baseline, and the extra room a ruled row takes, in font sizes. */
    private static final float RULE_DROP = 0.5f;
    private static final float RULE_ROOM = 0.4f;

    /** Room between a block's figure and its first line. */
    private static final float FIGURE_GAP = 4;

    /**
     * One printed row of a block: a wrapped piece of a line, with the rule width if the line's rule goes under it, or
     * the block's figure (then the text is empty).
     */
    private record Row(String text, PdfFont font, PdfDocument.TextStyle style, float rule, PdfDocument.Squares figure) {

        float height() {
            return figure != null ? figure.size() + FIGURE_GAP
                    : style.size() * (LEADING + (rule > 0 ? RULE_ROOM : 0));
        }
    }

    private final PageCursor cursor;
    private final PdfFonts fonts;

    BlockLayout(PageCursor cursor, PdfFonts fonts) {
        this.cursor = cursor;
        this.fonts = fonts;
    }

    /** Prints the blocks; {@code keepTogether} moves them whole to the next page when they fit on one. */
    void render(List<PdfDocument.Block> blocks, boolean keepTogether) {
        double totalWeight = blocks.stream().mapToDouble(PdfDocument.Block::weight).sum();
        float[] widths = new float[blocks.size()];
        List<List<Row>> rows = new ArrayList<>();
        int rowCount = 0;
        for (int b = 0; b < blocks.size(); b++) {
            widths[b] = (float) (cursor.width() * blocks.get(b).weight() / totalWeight);
            rows.add(rows(blocks.get(b), widths[b]));
            rowCount = Math.max(rowCount, rows.get(b).size());
        }
        float[] heights = new float[rowCount];
        float total = 0;
        for (int r = 0; r < rowCount; r++) {
            for (List<Row> block : rows) {
                if (r < block.size()) {
                    heights[r] = Math.max(heights[r], block.get(r).height());
                }
            }
            total += heights[r];
        }
        if (keepTogether && total <= cursor.pageHeight()) {
            cursor.ensure(total);
        }
        for (int r = 0; r < rowCount; r++) {
            cursor.ensure(heights[r]);
            float x = cursor.left();
            for (int b = 0; b < blocks.size(); b++) {
                if (r < rows.get(b).size()) {
                    draw(rows.get(b).get(r), x, widths[b]);
                }
                x += widths[b];
            }
            cursor.moveDown(heights[r]);
        }
    }

    private void draw(Row row, float x, float width) {
        if (row.figure() != null) {
            drawFigure(row.figure(), x, width, row.style().align());
            return;
        }
        float size = row.style().size();
        float top = cursor.y();
        float start = cursor.text(row.text(), row.font(), size, x, width, top, row.style().align());
        if (row.rule() > 0) {
            float textWidth = row.font().width(row.text(), size);
            cursor.rule(start + (textWidth - row.rule()) / 2, top - row.font().ascent(size) - RULE_DROP * size,
                    row.rule());
        }
    }

    /** The dark modules of the figure, aligned within the block as its first line is. */
    private void drawFigure(PdfDocument.Squares figure, float x, float width, PdfDocument.Align align) {
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (width - figure.size()) / 2;
            case RIGHT -> x + width - figure.size();
        };
        boolean[][] modules = figure.modules();
        float side = figure.size() / modules.length;
        int dark = 0;
        for (boolean[] row : modules) {
            for (boolean module : row) {
                dark += module ? 1 : 0;
            }
        }
        float[] xs = new float[dark];
        float[] tops = new float[dark];
        int i = 0;
        for (int r = 0; r < modules.length; r++) {
            for (int c = 0; c < modules[r].length; c++) {
                if (modules[r][c]) {
                    xs[i] = left + c * side;
                    tops[i++] = cursor.y() - r * side;
                }
            }
        }
        cursor.squares(xs, tops, side);
    }

    private List<Row> rows(PdfDocument.Block block, float width) {
        List<Row> rows = new ArrayList<>();
        if (block.figure() != null) {
            rows.add(new Row("", null, block.lines().get(0).style(), 0, block.figure()));
        }
        for (PdfDocument.Line line : block.lines()) {
            PdfDocument.TextStyle style = line.style();
            PdfFont font = fonts.get(PdfFonts.Face.of(style.bold(), style.italic()));
            List<String> wrapped = TextLines.wrap(line.text(), font, style.size(), width);
            float widest = (float) wrapped.stream().mapToDouble(text -> font.width(text, style.size())).max().orElse(0);
            for (int i = 0; i < wrapped.size(); i++) {
                boolean last = i == wrapped.size() - 1;
                rows.add(new Row(wrapped.get(i), font, style, last ? line.rule() * widest : 0, null));
            }
        }
        return rows;
    }
}
