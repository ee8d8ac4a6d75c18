package vn.unioncare.organisation;

import vn.unioncare.common.RefusedException;

/** A refused change; see {@link RefusedException}. */
public class HierarchyException extends RefusedException {

    public HierarchyException(String messageKey, String detail) {
        super(messageKey, 422, detail);
    }
}
