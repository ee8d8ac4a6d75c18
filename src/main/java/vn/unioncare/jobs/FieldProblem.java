package vn.unioncare.jobs;

import java.util.List;

/** What is wrong with one field: a bundle key and its arguments. */
public record FieldProblem(JobField field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(JobField field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
