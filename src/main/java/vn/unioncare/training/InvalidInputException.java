package vn.unioncare.training;

import java.util.List;

/** Refused with 422 and one problem per field, so a form shows each message next to its field; nothing saved. */
public class InvalidInputException extends TrainingException {

    private final transient List<FieldProblem> problems;

    InvalidInputException(List<FieldProblem> problems) {
        super("training.error.invalid", 422, problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
