package vn.unioncare.training;

import vn.unioncare.common.RefusedException;

/** Something about training UnionCare refuses; the message key says why. */
public class TrainingException extends RefusedException {

    TrainingException(String messageKey, int status, String detail, Object... arguments) {
        super(messageKey, status, detail, arguments);
    }

    static TrainingException notFoundOrNoAccess(String what) {
        return new TrainingException("error.notFoundOrNoAccess", 404, what);
    }

    static TrainingException concurrentChange(String what) {
        return new TrainingException("training.error.concurrentChange", 409, what);
    }

    static TrainingException wrongState(String what, Object state) {
        return new TrainingException("training.error.wrongState", 409, what + " is " + state, state);
    }
}
