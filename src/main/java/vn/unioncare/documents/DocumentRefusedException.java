package vn.unioncare.documents;

import vn.unioncare.common.RefusedException;

import java.util.List;

/** An upload UnionCare refuses (too large, a type not allowed); {@code arguments} fill the message's placeholders. */
public class DocumentRefusedException extends RefusedException {

    private final List<Object> arguments;

    public DocumentRefusedException(String messageKey, int status, String detail, Object... arguments) {
        super(messageKey, status, detail);
        this.arguments = List.of(arguments);
    }

    /** More than {@code maxBytes}; the message names the limit in megabytes. */
    public static DocumentRefusedException tooLarge(long maxBytes) {
        return new DocumentRefusedException("documents.error.tooLarge", 413, "more than " + maxBytes + " bytes",
                maxBytes / (1024.0 * 1024.0));
    }

    static DocumentRefusedException typeNotAllowed(String detail) {
        return new DocumentRefusedException("documents.error.typeNotAllowed", 415, detail);
    }

    public List<Object> arguments() {
        return arguments;
    }
}
