package vn.unioncare.casework;

import org.springframework.stereotype.Component;
import vn.unioncare.documents.PdfDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Figure tables as a PDF report: a title, preamble lines, then each table under its heading. */
@Component
public class FigurePdf {

    private static final float FIRST_LABEL_WEIGHT = 3;
    private static final float LABEL_WEIGHT = 2;
    private static final float VALUE_WEIGHT = 1.3f;

    private final FigureFormat format;

    public FigurePdf(FigureFormat format) {
        this.format = format;
    }

    public byte[] write(String title, List<String> preamble, List<FigureTable> tables, Locale locale) {
        PdfDocument pdf = PdfDocument.a4(title).pageNumbers(format.text("supervision.dashboard.pageNumber", locale))
                .title(title);
        preamble.forEach(pdf::paragraph);
        for (FigureTable table : tables) {
            pdf.space(6).heading(table.title());
            if (table.rows().isEmpty()) {
                pdf.paragraph(format.text("supervision.dashboard.noFigures", locale));
            } else {
                pdf.table(columns(table), cells(table, locale));
            }
        }
        return pdf.toBytes();
    }

    private static List<PdfDocument.Column> columns(FigureTable table) {
        List<PdfDocument.Column> columns = new ArrayList<>();
        for (String header : table.labelHeaders()) {
            columns.add(PdfDocument.Column.of(header, columns.isEmpty() ? FIRST_LABEL_WEIGHT : LABEL_WEIGHT));
        }
        table.columns().forEach(c -> columns.add(new PdfDocument.Column(c.header(), VALUE_WEIGHT, PdfDocument.Align.RIGHT)));
        return columns;
    }

    private List<List<String>> cells(FigureTable table, Locale locale) {
        return table.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>(row.labels());
            for (int c = 0; c < table.columns().size(); c++) {
                cells.add(format.value(table.columns().get(c).unit(), row.values().get(c), locale));
            }
            return cells;
        }).toList();
    }
}
