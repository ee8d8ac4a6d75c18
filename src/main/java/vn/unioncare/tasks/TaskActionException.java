package vn.unioncare.tasks;

import vn.unioncare.common.RefusedException;

/** A refused tasks action; see {@link RefusedException}. */
public class TaskActionException extends RefusedException {

    public TaskActionException(String messageKey, int status, String detail) {
        super(messageKey, status, detail);
    }
}
