package vn.unioncare.hardship;

import vn.unioncare.common.RefusedException;

/** A hardship request or action that UnionCare refuses, with a message for the user. */
public class HardshipException extends RefusedException {

    public HardshipException(String messageKey, int httpStatus, String detail) {
        super(messageKey, httpStatus, detail);
    }
}
