package vn.unioncare.casework;

import vn.unioncare.common.RefusedException;

/** A refused casework action; see {@link RefusedException}. */
public class CaseworkException extends RefusedException {

    public CaseworkException(String messageKey, int status, String detail) {
        super(messageKey, status, detail);
    }
}
