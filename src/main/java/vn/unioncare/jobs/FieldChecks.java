package vn.unioncare.jobs;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one form or CSV row, field by field. */
final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Text stripped with runs of white space made one space; null for blank. */
    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("\\s+", " ");
    }

    FieldChecks required(JobField field, Object value) {
        if (value == null) {
            add(field, "jobs.error.required");
        }
        return this;
    }

    FieldChecks text(JobField field, String value, boolean required, int maxLength) {
        if (value == null) {
            return required ? required(field, null) : this;
        }
        if (value.length() > maxLength) {
            add(field, "jobs.error.tooLong", maxLength);
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            add(field, "jobs.error.controlCharacters");
        }
        return this;
    }

    FieldChecks matches(JobField field, String value, String pattern, String messageKey) {
        if (value != null && !value.matches(pattern)) {
            add(field, messageKey);
        }
        return this;
    }

    void add(JobField field, String messageKey, Object... arguments) {
        if (problems.stream().noneMatch(p -> p.field() == field)) {
            problems.add(FieldProblem.of(field, messageKey, arguments));
        }
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }
}
