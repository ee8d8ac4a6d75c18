package vn.unioncare.member;

import vn.unioncare.common.RefusedException;

/** A refused change; see {@link RefusedException}. */
public class MemberException extends RefusedException {

    public MemberException(String messageKey, String detail) {
        super(messageKey, 422, detail);
    }

    public MemberException(String messageKey, int httpStatus, String detail) {
        super(messageKey, httpStatus, detail);
    }
}
