package vn.unioncare.security;

import vn.unioncare.common.RefusedException;

/** A refused change; see {@link RefusedException}. */
public class AccountException extends RefusedException {

    public AccountException(String messageKey, String detail) {
        super(messageKey, 409, detail);
    }
}
