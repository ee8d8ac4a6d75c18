package vn.unioncare.forms;

import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a submission against its form: the clean values to hand to the process (hidden and
 * disabled fields dropped, types normalised, file pickers as document ids) or the errors per field ({@code amount},
 * {@code children[1].name}). {@code stagedFiles} are the files the submission refers to, for the caller to adopt
 * in the same transaction as what it does with the values.
 */
public record FormValidation(Map<String, Object> values, Map<String, FieldError> errors, List<StagedFile> stagedFiles) {

    public FormValidation {
        stagedFiles = List.copyOf(stagedFiles);
    }

    public FormValidation(Map<String, Object> values, Map<String, FieldError> errors) {
        this(values, errors, List.of());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The references of {@link #stagedFiles()}. */
    public List<String> stagedReferences() {
        return stagedFiles.stream().map(StagedFile::reference).toList();
    }
}
