package vn.unioncare.training;

/**
 * Refused with 403: courses and cohorts are kept by training coordinators of the city federation and of the unions
 * directly above grassroots, each for their own union's subtree.
 */
public class NotACoordinatorException extends TrainingException {

    NotACoordinatorException(String messageKey, String detail) {
        super(messageKey, 403, detail);
    }

    static NotACoordinatorException notCoordinator(String detail) {
        return new NotACoordinatorException("training.error.notCoordinator", detail);
    }
}
