package vn.unioncare.jobs;

import java.util.List;

/** Refused with 422 and one problem per field, so a form can show each message next to its field. */
public class InvalidInputException extends JobsException {

    private final transient List<FieldProblem> problems;

    InvalidInputException(List<FieldProblem> problems) {
        super("jobs.error.invalid", 422, problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
