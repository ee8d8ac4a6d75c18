package vn.unioncare.training;

import vn.unioncare.common.RefusedException;

/** Something the certificates refuse, with a message for the person: a coordinator or a visitor of /verify. */
public class CertificateException extends RefusedException {

    public CertificateException(String messageKey, int httpStatus, String detail, Object... arguments) {
        super(messageKey, httpStatus, detail, arguments);
    }

    /** The one answer for codes that open no certificate: unknown, mistyped, malformed or empty. */
    static CertificateException notFound() {
        return new CertificateException("training.verify.notFound", 404, "no certificate with this code");
    }
}
