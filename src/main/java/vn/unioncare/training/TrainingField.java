package vn.unioncare.training;

/** The fields of the course and cohort forms and of the attendance grid, for messages next to each. */
public enum TrainingField {
    TITLE,
    TOPIC,
    FORMAT,
    HOURS,
    PREREQUISITES,
    DESCRIPTION,
    COURSE,
    ORG_UNIT,
    TRAINER,
    SEATS,
    ENROLLMENT_DEADLINE,
    STATUS,
    /** The list of sessions as a whole (e.g. none). */
    SESSIONS,
    SESSION_DATE,
    SESSION_START,
    SESSION_END,
    SESSION_PLACE,
    SCORE,
    ATTENDANCE
}
