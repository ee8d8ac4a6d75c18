package vn.unioncare.training;

import java.util.List;

/**
 * What is wrong with one field: a bundle key and its arguments; {@code index} is the position of the session (or
 * -1 for a field of the form itself); for scores and attendance {@code caseNumber} names the row.
 */
public record FieldProblem(TrainingField field, int index, String caseNumber, String messageKey,
                           List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(TrainingField field, String messageKey, Object... arguments) {
        return new FieldProblem(field, -1, null, messageKey, List.of(arguments));
    }

    static FieldProblem ofSession(int index, TrainingField field, String messageKey, Object... arguments) {
        return new FieldProblem(field, index, null, messageKey, List.of(arguments));
    }

    static FieldProblem ofRow(String caseNumber, TrainingField field, String messageKey, Object... arguments) {
        return new FieldProblem(field, -1, caseNumber, messageKey, List.of(arguments));
    }
}
