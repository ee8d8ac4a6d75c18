package vn.unioncare.jobs;

/**
 * Refused with 403: only officers of the city federation and of the unions directly above grassroots (and
 * administrators) maintain employers and vacancies, and only those of their own unions.
 */
public class NotAMaintainerException extends JobsException {

    NotAMaintainerException(String detail) {
        super("jobs.error.notMaintainer", 403, detail);
    }
}
