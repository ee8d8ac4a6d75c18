package vn.unioncare.casework;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A titled table of figures for the supervision dashboard and its CSV and PDF exports: one or more label columns
 * (a union, a process and step, a month…) followed by numeric columns, each with its unit. Texts are already in the
 * reader's language.
 */
public record FigureTable(String title, List<String> labelHeaders, List<Column> columns, List<Row> rows) {

    /** How a value is written: a count, an amount in Vietnamese đồng, or a duration in milliseconds. */
    public enum Unit { COUNT, VND, DURATION }

    public record Column(String header, Unit unit) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** One line: its labels, then one value per numeric column ({@code null} where there is none). */
    public record Row(List<String> labels, List<Long> values) {

        public Row {
            labels = List.copyOf(labels);
            values = java.util.Collections.unmodifiableList(Arrays.asList(values.toArray(Long[]::new)));
        }

        public static Row of(String label, Long... values) {
            return new Row(List.of(label), Arrays.asList(values));
        }
    }

    public FigureTable {
        Objects.requireNonNull(title, "title");
        labelHeaders = List.copyOf(labelHeaders);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.labels().size() != labelHeaders.size() || row.values().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.labels() + " does not match the headers of " + title);
            }
        }
    }
}
