package vn.unioncare.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of checking a submission against its form: the clean values to hand to the process (hidden and
 * disabled fields dropped, types normalised, file pickers as document ids) or the errors per field ({@code amount},
 * {@code children[1].name}). {@code stagedFiles} are the files the submission refers to, for the caller to adopt
 * in the same transaction as what it does with the values. {@code values} include the read-only fields (with the
 * values the process gave them), for checks that compare against them; {@code readOnlyFields} names them.
 */
public record FormValidation(Map<String, Object> values, Map<String, FieldError> errors, List<StagedFile> stagedFiles,
                             Set<String> readOnlyFields) {

    public FormValidation {
        stagedFiles = List.copyOf(stagedFiles);
        readOnlyFields = Set.copyOf(readOnlyFields);
    }

    public FormValidation(Map<String, Object> values, Map<String, FieldError> errors, List<StagedFile> stagedFiles) {
        this(values, errors, stagedFiles, Set.of());
    }

    public FormValidation(Map<String, Object> values, Map<String, FieldError> errors) {
        this(values, errors, List.of());
    }

    /**
     * The values the user entered: {@link #values()} without the read-only fields, whose values came from the process
     * and would only be written back unchanged (each such write is a row of history: docs/benchmarks.md, M7).
     */
    public Map<String, Object> enteredValues() {
        Map<String, Object> entered = new LinkedHashMap<>(values);
        entered.keySet().removeAll(readOnlyFields);
        return entered;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The references of {@link #stagedFiles()}. */
    public List<String> stagedReferences() {
        return stagedFiles.stream().map(StagedFile::reference).toList();
    }
}
