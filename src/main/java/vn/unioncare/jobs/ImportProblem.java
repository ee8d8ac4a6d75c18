package vn.unioncare.jobs;

import java.util.List;

/**
 * One problem of a CSV import: the row (the header is row 1, as a spreadsheet numbers them), the column's header
 * name (null when the problem is the whole row) and a bundle key with its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }
}
