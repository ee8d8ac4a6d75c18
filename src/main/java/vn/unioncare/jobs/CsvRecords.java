package vn.unioncare.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: fields in double quotes may hold the separator, line breaks and doubled
 * quotes). The separator is whichever of semicolon (what a Vietnamese Excel writes) and comma the header line holds
 * more of. Every line counts as a row, blank ones too, so row numbers are those a spreadsheet shows.
 */
final class CsvRecords {

    /** A record and the row it starts on. */
    record CsvRecord(int row, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A quoted field that never ends; the row it started on. */
    static final class UnclosedQuote extends Exception {

        final int row;

        UnclosedQuote(int row) {
            super("unclosed quote in row " + row, null, false, false);
            this.row = row;
        }
    }

    private CsvRecords() {
    }

    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    static List<CsvRecord> parse(String text) throws UnclosedQuote {
        char separator = separator(text);
        List<CsvRecord> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int row = 1;
        int recordRow = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        row++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                records.add(new CsvRecord(recordRow, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                cellStarted = false;
                recordRow = ++row;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new UnclosedQuote(recordRow);
        }
        if (cellStarted || !cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            records.add(new CsvRecord(recordRow, List.copyOf(cells)));
        }
        return records;
    }
}
