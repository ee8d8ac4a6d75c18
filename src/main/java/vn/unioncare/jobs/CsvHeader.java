package vn.unioncare.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The header row of a vacancy CSV: which column holds which field, in any order. */
final class CsvHeader {

    static final List<String> COLUMNS = Arrays.stream(JobField.values()).map(JobField::csvColumn)
            .filter(Objects::nonNull).distinct().toList();
    static final List<String> REQUIRED = List.of(JobField.TAX_CODE.csvColumn(), JobField.TITLE.csvColumn(),
            JobField.OCCUPATION_CODE.csvColumn(), JobField.OCCUPATION_NAME.csvColumn(), JobField.DISTRICT.csvColumn(),
            JobField.SEATS.csvColumn(), JobField.CLOSING_DATE.csvColumn(), JobField.SOURCE.csvColumn());

    private final Map<String, Integer> indexes;
    private final int width;

    private CsvHeader(Map<String, Integer> indexes, int width) {
        this.indexes = indexes;
        this.width = width;
    }

    /** The header, and in {@code problems} every unknown, repeated or missing column. */
    static CsvHeader read(CsvRecords.CsvRecord header, List<ImportProblem> problems) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(ImportProblem.of(header.row(), header.cells().get(i).strip(),
                        "jobs.import.unknownColumn", String.join(", ", COLUMNS)));
            } else if (indexes.putIfAbsent(name, i) != null) {
                problems.add(ImportProblem.of(header.row(), name, "jobs.import.repeatedColumn"));
            }
        }
        List<String> missing = new ArrayList<>(REQUIRED);
        missing.removeAll(indexes.keySet());
        missing.forEach(name -> problems.add(ImportProblem.of(header.row(), name, "jobs.import.missingColumn")));
        return new CsvHeader(indexes, header.cells().size());
    }

    int width() {
        return width;
    }

    /** The cleaned text of a column in the record; null for blank or a column the file does not have. */
    String text(CsvRecords.CsvRecord record, String column) {
        Integer index = indexes.get(column);
        return index == null || index >= record.cells().size() ? null : FieldChecks.clean(record.cells().get(index));
    }
}
