package vn.unioncare.documents;

import vn.unioncare.common.RefusedException;

/** An upload UnionCare refuses (too large, a type not allowed); {@code arguments} fill the message's placeholders. */
public class DocumentRefusedException extends RefusedException {

    public DocumentRefusedException(String messageKey, int status, String detail, Object... arguments) {
        super(messageKey, status, detail, arguments);
    }

    /** More than {@code maxBytes}; the message names the limit in megabytes. */
    public static DocumentRefusedException tooLarge(long maxBytes) {
        return new DocumentRefusedException("documents.error.tooLarge", 413, "more than " + maxBytes + " bytes",
                maxBytes / (1024.0 * 1024.0));
    }

    static DocumentRefusedException typeNotAllowed(String detail) {
        return new DocumentRefusedException("documents.error.typeNotAllowed", 415, detail);
    }

    /** Content of an allowed type that the form field does not take; the message lists what the field takes. */
    static DocumentRefusedException notAccepted(String accept, String detected) {
        return new DocumentRefusedException("documents.error.notAccepted", 415, detected + " not in " + accept, accept);
    }
}
