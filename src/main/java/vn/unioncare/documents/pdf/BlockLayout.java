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

    /** Room between a block's figure and its lines. */
    private static final float FIGURE_GAP = 8;

    /**
     * One printed row of a block: a wrapped piece of a line, with the rule width if the line's rule goes under it,
     * starting {@code indent} points into the block. The first row of a block with a figure draws the figure at the
     * left of the lines; when the lines are shorter than the figure, an empty row of {@code filler} points follows.
     */
    private record Row(String text, PdfFont font, PdfDocument.TextStyle style, float rule, PdfDocument.Squares figure,
                       float indent, float filler) {

        float height() {
            return filler > 0 ? filler : style.size() * (LEADING + (rule > 0 ? RULE_ROOM : 0));
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

    private void draw(Row row, float blockX, float blockWidth) {
        if (row.figure() != null) {
            drawFigure(row.figure(), blockX);
        }
        if (row.filler() > 0) {
            return;
        }
        float x = blockX + row.indent();
        float width = blockWidth - row.indent();
        float size = row.style().size();
        float top = cursor.y();
        float start = cursor.text(row.text(), row.font(), size, x, width, top, row.style().align());
        if (row.rule() > 0) {
            float textWidth = row.font().width(row.text(), size);
            cursor.rule(start + (textWidth - row.rule()) / 2, top - row.font().ascent(size) - RULE_DROP * size,
                    row.rule());
        }
    }

    /** The dark modules of the figure, its top-left corner at the top of the current row. */
    private void drawFigure(PdfDocument.Squares figure, float left) {
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
        PdfDocument.Squares figure = block.figure();
        float indent = figure == null ? 0 : figure.size() + FIGURE_GAP;
        for (PdfDocument.Line line : block.lines()) {
            PdfDocument.TextStyle style = line.style();
            PdfFont font = fonts.get(PdfFonts.Face.of(style.bold(), style.italic()));
            List<String> wrapped = TextLines.wrap(line.text(), font, style.size(), width - indent);
            float widest = (float) wrapped.stream().mapToDouble(text -> font.width(text, style.size())).max().orElse(0);
            for (int i = 0; i < wrapped.size(); i++) {
                boolean last = i == wrapped.size() - 1;
                rows.add(new Row(wrapped.get(i), font, style, last ? line.rule() * widest : 0,
                        rows.isEmpty() ? figure : null, indent, 0));
            }
        }
        float textHeight = (float) rows.stream().mapToDouble(Row::height).sum();
        if (figure != null && textHeight < figure.size()) {
            Row last = rows.get(rows.size() - 1);
            rows.add(new Row("", last.font(), last.style(), 0, null, indent, figure.size() - textHeight));
        }
        return rows;
    }
}
