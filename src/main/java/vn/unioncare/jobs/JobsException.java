package vn.unioncare.jobs;

import vn.unioncare.common.RefusedException;

/** Something about employers or vacancies UnionCare refuses; the message key says why. */
public class JobsException extends RefusedException {

    JobsException(String messageKey, int status, String detail, Object... arguments) {
        super(messageKey, status, detail, arguments);
    }

    static JobsException notFoundOrNoAccess(String what) {
        return new JobsException("error.notFoundOrNoAccess", 404, what);
    }

    static JobsException concurrentChange(String what) {
        return new JobsException("jobs.error.concurrentChange", 409, what);
    }

    static JobsException taxCodeTaken(String taxCode) {
        return new JobsException("jobs.error.taxCodeTaken", 409, taxCode, taxCode);
    }
}
