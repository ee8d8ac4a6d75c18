package vn.unioncare.jobs;

/** A vacancy takes applications while OPEN and its closing date has not passed. */
public enum VacancyStatus {
    OPEN,
    CLOSED
}
