package vn.unioncare.safety;

import vn.unioncare.common.RefusedException;

/** Something the safety-report channel refuses, with a message for the person (often an anonymous reporter). */
public class SafetyException extends RefusedException {

    public SafetyException(String messageKey, int httpStatus, String detail, Object... arguments) {
        super(messageKey, httpStatus, detail, arguments);
    }

    /** The same answer for every code that opens no report: unknown, mistyped, malformed or empty. */
    static SafetyException unknownTrackingCode() {
        return new SafetyException("safety.track.notFound", 404, "no report with this tracking code");
    }
}
