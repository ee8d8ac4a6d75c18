package vn.unioncare.jobs;

/** Where a vacancy came from. */
public enum VacancySource {
    /** An employer the union works with directly. */
    PARTNER_EMPLOYER,
    /** A job fair of the city Employment Service Centre. */
    EMPLOYMENT_SERVICE_CENTRE_FAIR,
    /** A job fair the union organised. */
    UNION_JOB_FAIR
}
