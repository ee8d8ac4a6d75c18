package vn.unioncare.casework;

import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure tables as one CSV file (RFC 4180: commas, CRLF, fields quoted when needed) in UTF-8 with a byte-order mark,
 * so that Excel shows Vietnamese correctly: a few preamble lines, then per table its title, header and rows, each
 * table after an empty line. Counts and amounts are plain integers, durations whole minutes, so that spreadsheets can
 * compute with them. Text that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
@Component
public class FigureCsv {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String LINE_END = "\r\n";

    private final FigureFormat format;

    public FigureCsv(FigureFormat format) {
        this.format = format;
    }

    public byte[] write(List<String> preamble, List<FigureTable> tables, Locale locale) {
        StringBuilder csv = new StringBuilder();
        preamble.forEach(line -> line(csv, List.of(line)));
        for (FigureTable table : tables) {
            csv.append(LINE_END);
            line(csv, List.of(table.title()));
            List<String> header = new ArrayList<>(table.labelHeaders());
            table.columns().forEach(c -> header.add(c.unit() == FigureTable.Unit.DURATION
                    ? format.text("supervision.dashboard.minutesSuffix", locale, c.header()) : c.header()));
            line(csv, header);
            for (FigureTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>(row.labels());
                for (int c = 0; c < table.columns().size(); c++) {
                    cells.add(value(table.columns().get(c).unit(), row.values().get(c)));
                }
                line(csv, cells);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BYTE_ORDER_MARK);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String value(FigureTable.Unit unit, Long value) {
        if (value == null) {
            return "";
        }
        return unit == FigureTable.Unit.DURATION ? String.valueOf(Math.round(value / 60_000.0)) : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append(LINE_END);
    }

    /** One field: formula-looking text defused, quoted with inner quotes doubled when it holds a separator. */
    static String field(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text) ? "'" + text : text;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+");
    }
}
